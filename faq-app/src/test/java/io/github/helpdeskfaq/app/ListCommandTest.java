package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.adapter.fake.CatalogCall;
import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

  private static final List<String> DEMO_IDS = List.of(Demo.SEED_FAQ, Demo.IMAGE_FAQ, "7000000000000000011",
      "7000000000000000012", "7000000000000000013", "7000000000000000014");

  @TempDir
  Path folder;

  @Test
  void lists_every_demo_faq_as_one_line_of_id_and_question() {
    AppRunner.Result result = AppRunner.in(folder).run("list");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout().lines()).containsExactly(
        "6936004780707807231  问题",
        "7000000000000000001  Where do I find the helpdesk QR code?",
        "7000000000000000011  How do I share the helpdesk with my team?",
        "7000000000000000012  Who do I call when the network is down?",
        "7000000000000000013  如何连接办公室无线网络？",
        "7000000000000000014  How do I connect to the VPN from home?");
  }

  @Test
  void filters_by_category_status_and_text() {
    assertThat(ids("list", "--category", "7100000000000000200")).containsExactly("7000000000000000012");
    assertThat(ids("list", "--search", "无线")).containsExactly("7000000000000000013");
    assertThat(ids("list", "--search", "HELPDESK", "--status", "online"))
        .containsExactly(Demo.IMAGE_FAQ, "7000000000000000011");
    assertThat(ids("list", "--status", "DELETED_PERMANENTLY")).isEmpty();
  }

  @Test
  void prints_json_lines_each_the_object_that_get_prints() throws IOException {
    AppRunner.Result list = AppRunner.in(folder).run("list", "--format", "jsonl");

    assertThat(list.exitCode()).as(list.toString()).isZero();
    List<String> lines = list.stdout().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(DEMO_IDS.size());
    for (int i = 0; i < lines.size(); i++) {
      AppRunner.Result get = AppRunner.in(folder).run("get", DEMO_IDS.get(i), "--format", "json");
      assertThat(parse(lines.get(i).getBytes(StandardCharsets.UTF_8))).isEqualTo(parse(get.stdoutBytes()));
    }
  }

  @Test
  void prints_one_json_array_of_the_objects_that_get_prints() throws IOException {
    AppRunner.Result list = AppRunner.in(folder).run("list", "--format", "json", "--category", "7100000000000000210");
    AppRunner.Result get = AppRunner.in(folder).run("get", "7000000000000000013", "--format", "json");

    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(parse(list.stdoutBytes())).isEqualTo(List.of(parse(get.stdoutBytes())));
    assertThat(parse(AppRunner.in(folder).run("list", "--format", "json", "--status", "deleted").stdoutBytes()))
        .isEqualTo(List.of());
  }

  @Test
  void escapes_terminal_control_characters_and_keeps_each_faq_on_one_line() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(Faq.builder(FaqId.of("1")).question("Evil\u001b[2J question\nwith\ttwo lines\u202e").build())
        .build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run("list");

    assertThat(result.stdout()).isEqualTo("1  Evil\\u001b[2J question with two lines\\u202e\n");
  }

  @Test
  void refuses_a_blank_search_text_as_a_usage_error() {
    AppRunner.Result result = AppRunner.in(folder).run("list", "--search", "  ");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app list: filter text must not be blank");
  }

  @Test
  void stops_paging_and_exits_quietly_when_the_reader_of_its_output_goes_away() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faqs(IntStream.range(0, 10_000).mapToObj(i -> Faq.builder(FaqId.of(String.format("%05d", i)))
            .question("question " + i).build()).collect(Collectors.toList()))
        .build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).stdoutClosedAfter(3)
        .run("list", "--format", "jsonl");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OUTPUT_CLOSED);
    assertThat(result.stdout().lines()).hasSize(3);
    assertThat(result.stderr()).isEmpty();
    assertThat(fake.catalogCalls()).filteredOn(CatalogCall::isPageRequest).hasSize(1);
  }

  @Test
  void lists_faqs_of_a_status_when_the_fake_holds_several() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .faq(Faq.builder(FaqId.of("1")).question("kept").build())
        .faq(Faq.builder(FaqId.of("2")).question("gone").build(), FaqStatus.DELETED)
        .build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake)
        .run("list", "--status", "deleted");

    assertThat(result.stdout()).isEqualTo("2  gone\n");
  }

  private List<String> ids(String... args) {
    AppRunner.Result result = AppRunner.in(folder).run(args);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return result.stdout().lines().map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toList());
  }

  static Object parse(byte[] json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    Object value = reader.readJsonValue();
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.END_DOCUMENT);
    return value;
  }

  static Map<?, ?> parseObject(String json) throws IOException {
    return (Map<?, ?>) parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lists_with_the_cache_turned_on() {
    AppRunner.Result result = AppRunner.in(folder).env("FAQ_CACHE_TTL_SECONDS", "60").run("list", "--format", "jsonl");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout().lines()).hasSameSizeAs(DEMO_IDS);
  }
}
