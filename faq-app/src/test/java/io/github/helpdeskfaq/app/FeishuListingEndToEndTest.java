package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.settings.DemoData;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** list, search and categories on the Feishu adapter, against the simulated Feishu on 127.0.0.1. */
class FeishuListingEndToEndTest {

  @TempDir
  Path folder;

  private final FeishuSimulator feishu = SimulatedFeishu.start();

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  @Test
  void lists_the_demo_faqs_as_the_fake_does() {
    feishu.serve(DemoData.helpdesk());

    AppRunner.Result onFeishu = run("list");
    AppRunner.Result onFake = AppRunner.in(folder).run("list");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFeishu.stdout()).isEqualTo(onFake.stdout()).contains("7000000000000000013  如何连接办公室无线网络？\n");
    assertThat(feishu.pageRequests()).isEqualTo(1);
  }

  @Test
  void prints_the_same_json_lines_as_on_the_fake_for_a_category() {
    feishu.serve(DemoData.helpdesk());

    AppRunner.Result onFeishu = run("list", "--category", "7100000000000000200", "--format", "jsonl");
    AppRunner.Result onFake = AppRunner.in(folder).run("list", "--category", "7100000000000000200", "--format",
        "jsonl");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFeishu.stdout()).isEqualTo(onFake.stdout()).contains("\"faq_id\":\"7000000000000000012\"");
  }

  @Test
  void searches_in_chinese_as_the_fake_does() {
    feishu.serve(DemoData.helpdesk());

    AppRunner.Result onFeishu = run("search", "无线网络");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFeishu.stdout()).isEqualTo(AppRunner.in(folder).run("search", "无线网络").stdout())
        .isEqualTo("7000000000000000013  如何连接办公室无线网络？\n");
  }

  @Test
  void shows_the_same_category_tree_as_the_fake() {
    feishu.serve(DemoData.helpdesk());

    AppRunner.Result onFeishu = run("categories");

    assertThat(onFeishu.exitCode()).as(onFeishu.toString()).isZero();
    assertThat(onFeishu.stdout()).isEqualTo(AppRunner.in(folder).run("categories").stdout())
        .contains("Network (7100000000000000200)\n  无线网络 (7100000000000000210)\n");
  }

  @Test
  void sends_the_categories_language_and_order_and_shows_the_same_tree_as_the_fake() {
    feishu.serve(DemoData.helpdesk());

    AppRunner.Result english = run("categories", "--lang", "en_us");
    AppRunner.Result newestFirst = run("categories", "--lang", "en_us", "--order-by", "update_time", "--desc");

    assertThat(english.exitCode()).as(english.toString()).isZero();
    assertThat(english.stdout()).isEqualTo(AppRunner.in(folder).run("categories", "--lang", "en_us").stdout())
        .isEqualTo("""
            Getting started (7100000000000000100)
              Sharing the helpdesk (7100000000000000110)
            Network (7100000000000000200)
              VPN (7100000000000000220)
            """);
    assertThat(feishu.takeRequest().path()).isEqualTo("/open-apis/helpdesk/v1/categories?lang=en_us");
    assertThat(newestFirst.stdout().lines()).first().isEqualTo("Network (7100000000000000200)");
    assertThat(feishu.takeRequest().path())
        .isEqualTo("/open-apis/helpdesk/v1/categories?lang=en_us&order_by=1&asc=false");
  }

  static Stream<Arguments> hostileCategoryIds() {
    return Stream.of(
        arguments((Object) new String[] {"list", "--category", "a\nb"}),
        arguments((Object) new String[] {"list", "--category", "7100000000000000321\r\nX-Evil: 1"}),
        arguments((Object) new String[] {"list", "--category", "../7100000000000000200"}),
        arguments((Object) new String[] {"sync", "--dir", "mirror", "--category", "7100000000000000200\u0000"}));
  }

  @ParameterizedTest
  @MethodSource("hostileCategoryIds")
  void refuses_a_category_id_that_is_not_one_naming_the_option_before_any_request(String[] args) {
    AppRunner.Result result = run(args);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app " + args[0] + ": Invalid value for option '--category': category id \"")
        .doesNotContain("\r", "\u0000");
    assertThat(feishu.requestCount()).as("no request reached the server").isZero();
    assertThat(folder.resolve("mirror")).doesNotExist();
  }

  @Test
  void stops_after_three_lines_with_one_page_request_when_the_reader_goes_away() {
    feishu.serve(generated(10_000, i -> Faq.builder(FaqId.of(String.format("76%017d", i))).question("q" + i).build()));

    AppRunner.Result result = AppRunner.in(folder).env(environment()).stdoutClosedAfter(3)
        .run("list", "--format", "jsonl");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OUTPUT_CLOSED);
    assertThat(result.stdout().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"faq_id\":\"76"));
    assertThat(result.stderr()).isEmpty();
    assertThat(feishu.pageRequests()).as("the simulator saw one page request").isEqualTo(1);
  }

  @Test
  void a_failing_page_is_an_exit_code_as_for_get() {
    feishu.serve(generated(150, i -> Faq.builder(FaqId.of(String.valueOf(i))).build()));
    feishu.answerPages(request -> FeishuResponses.error(403, 154003, "no permission"));

    AppRunner.Result result = run("list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.ACCESS_DENIED);
    assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app list: access denied");
  }

  /** A helpdesk of {@code count} online FAQs, FAQ {@code i} (from 0) made by {@code faq}. */
  private static FakeHelpdesk generated(int count, IntFunction<Faq> faq) {
    return FakeHelpdesk.builder().faqs(IntStream.range(0, count).mapToObj(faq).toList()).build();
  }

  private AppRunner.Result run(String... args) {
    return AppRunner.in(folder).env(environment()).run(args);
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("FAQ_ADAPTER", "feishu");
    env.put("FEISHU_BASE_URL", feishu.baseUrl());
    env.put("FEISHU_TENANT_ACCESS_TOKEN", SimulatedFeishu.TENANT_TOKEN);
    env.put("FEISHU_HELPDESK_ID", SimulatedFeishu.CREDENTIALS.helpdeskId());
    env.put("FEISHU_HELPDESK_TOKEN", SimulatedFeishu.CREDENTIALS.helpdeskToken());
    return env;
  }
}
