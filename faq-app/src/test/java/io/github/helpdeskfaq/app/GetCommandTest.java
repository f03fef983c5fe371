package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetCommandTest {

  @TempDir
  Path folder;

  @Test
  void prints_the_demo_faq_as_readable_text_by_default() {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.SEED_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).contains(
        "FAQ 6936004780707807231",
        "question:   问题",
        "answer:     答案",
        "rich text:  [text] 我的答案",
        "categories: 创建团队和邀请成员 (6948728206392295444)",
        "tags:       问\n            题",
        "created:    2020-08-02T14:36:48Z by abc (ou_37019b7c830210acd88fdce886e25c71)",
        "updated:    2020-08-02T14:36:48Z by abc (ou_37019b7c830210acd88fdce886e25c71)",
        "expires:    2020-08-02T14:36:48Z",
        "helpdesk:   6936004780707807251");
  }

  @Test
  void prints_one_json_object_with_snake_case_fields_and_iso_times() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.SEED_FAQ, "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = parseObject(result.stdoutBytes());
    assertThat(json).containsEntry("faq_id", Demo.SEED_FAQ)
        .containsEntry("id", Demo.SEED_FAQ)
        .containsEntry("helpdesk_id", "6936004780707807251")
        .containsEntry("question", "问题")
        .containsEntry("answer", "答案")
        .containsEntry("answer_richtext", List.of(Map.of("type", "text", "content", "我的答案")))
        .containsEntry("create_time", "2020-08-02T14:36:48Z")
        .containsEntry("update_time", "2020-08-02T14:36:48Z")
        .containsEntry("expire_time", "2020-08-02T14:36:48Z")
        .containsEntry("tags", List.of("问", "题"));
    assertThat(json.get("categories")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement().isEqualTo(Map.of(
        "category_id", "6948728206392295444", "id", "6948728206392295444", "name", "创建团队和邀请成员",
        "parent_id", "0", "helpdesk_id", "6939771743531696147", "language", "zh_cn"));
    assertThat(json.get("create_user")).isEqualTo(Map.of("id", "ou_37019b7c830210acd88fdce886e25c71",
        "avatar_url", "https://xxxx", "name", "abc", "department", "用户部门名称(有权限才展示)", "city", "城市",
        "country", "国家"));
  }

  @Test
  void shows_line_breaks_links_and_images_of_the_rich_text() {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.IMAGE_FAQ);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("""
        rich text:  [text] Open the helpdesk settings and download the QR code shown below.
                    [line break]
                    [image] img_b07ffac0-19c1-48a3-afca-599f8ea825fj 96x96
                    [line break]
                    [text] Print it and put it up at the service desk. More in\s
                    [link] the Feishu Help Center <https://www.feishu.cn/hc/en-US/>
                    [text] .
        """);
  }

  @Test
  void keeps_every_field_of_each_rich_text_element_in_json_as_feishu_names_them() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.IMAGE_FAQ, "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(parseObject(result.stdoutBytes()).get("answer_richtext")).isEqualTo(List.of(
        Map.of("type", "text", "content", "Open the helpdesk settings and download the QR code shown below."),
        Map.of("type", "text", "content", ""),
        Map.of("type", "img", "key", Demo.IMAGE_KEY, "src", "https://link.to.image/" + Demo.IMAGE_FILE,
            "width", "96", "height", "96"),
        Map.of("type", "text", "content", ""),
        Map.of("type", "text", "content", "Print it and put it up at the service desk. More in "),
        Map.of("type", "hyperlink", "text", "the Feishu Help Center", "url", "https://www.feishu.cn/hc/en-US/"),
        Map.of("type", "text", "content", ".")));
  }

  @Test
  void writes_absent_json_fields_as_null_so_every_key_is_always_there() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.IMAGE_FAQ, "--format=JSON");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = parseObject(result.stdoutBytes());
    assertThat(json).containsKeys("faq_id", "id", "helpdesk_id", "question", "answer", "answer_richtext",
        "content", "type", "create_time", "update_time", "expire_time", "categories", "tags", "create_user",
        "update_user");
    assertThat(json).containsEntry("content", null).containsEntry("expire_time", null);
    assertThat(json.get("update_user")).asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("name", "Demo Admin").containsEntry("avatar_url", null);
  }

  @Test
  void reads_faqs_from_a_file_in_feishu_format_with_fake_data() {
    Path data = Path.of("src/test/resources/fake-data/faqs.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("get", "fixture-1", "--fake-data", data.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("FAQ fixture-1", "question:   How do I print from my laptop?");
  }

  @Test
  void resolves_fake_data_against_the_working_folder() throws IOException {
    Files.copy(Path.of("src/test/resources/fake-data/faqs.json"), folder.resolve("mine.json"));

    AppRunner.Result result = AppRunner.in(folder).run("get", "fixture-1", "--fake-data", "mine.json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void the_demo_data_is_gone_when_fake_data_is_given() {
    Path data = Path.of("src/test/resources/fake-data/faqs.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.SEED_FAQ, "--fake-data", data.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
  }

  @Test
  void exits_3_with_one_line_when_the_faq_does_not_exist() {
    AppRunner.Result result = AppRunner.in(folder).run("get", "123");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderrLines()).containsExactly("faq-app get: not found: FAQ 123");
  }

  @Test
  void exits_2_with_the_validation_message_for_a_bad_id() {
    AppRunner.Result result = AppRunner.in(folder).run("get", "../etc/passwd");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString()
        .startsWith("faq-app get: ")
        .contains("faq id \"../etc/passwd\" must not contain '/'")
        .endsWith("(see 'faq-app get --help')");
  }

  @Test
  void exits_2_for_an_unknown_format() {
    AppRunner.Result result = AppRunner.in(folder).run("get", Demo.SEED_FAQ, "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).singleElement().asString().contains("--format", "xml");
  }

  @Test
  void exits_2_for_a_missing_fake_data_file_or_a_folder() throws IOException {
    AppRunner.Result missing = AppRunner.in(folder).run("get", "1", "--fake-data", "nowhere.json");
    Files.createDirectory(folder.resolve("data"));
    AppRunner.Result aFolder = AppRunner.in(folder).run("get", "1", "--fake-data", "data");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderrLines())
        .containsExactly("faq-app get: cannot read --fake-data " + folder.resolve("nowhere.json") + ": no such file");
    assertThat(aFolder.exitCode()).isEqualTo(2);
    assertThat(aFolder.stderrLines()).containsExactly(
        "faq-app get: cannot read --fake-data " + folder.resolve("data") + ": it is a folder; give the JSON file");
  }

  @Test
  void exits_2_for_fake_data_that_is_not_in_feishu_format() {
    Path garbage = Path.of("src/test/resources/fake-data/garbage.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("get", "1", "--fake-data", garbage.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app get: cannot use --fake-data " + garbage
        + " (not a Feishu FAQ document: Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.data): it must hold "
        + "one Feishu FAQ-detail response or an array of them");
  }

  @Test
  void says_in_one_sentence_what_is_wrong_with_a_fake_data_response_without_a_faq() {
    Path noFaq = Path.of("src/test/resources/fake-data/no-faq.json").toAbsolutePath();

    AppRunner.Result result = AppRunner.in(folder).run("get", "1", "--fake-data", noFaq.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly("faq-app get: cannot use --fake-data " + noFaq
        + " (the response at $ has no data.faq): it must hold one Feishu FAQ-detail response or an array of them");
  }

  @Test
  void shows_control_and_bidi_characters_of_the_faq_as_visible_escapes_and_keeps_the_layout() {
    Faq faq = Faq.builder(FaqId.of("evil"))
        .question("Clear\u001b[2J the screen?\u0007")
        .answer("first line\nsecond\tline\r\nthird \u202eexe.txt\rover\u2066\u0085")
        .answerRichText(List.of(RichTextElement.text("rich\u001b]0;title\u0007")))
        .tags(List.of("a\u200fb", "c\u009bd"))
        .build();
    FakeHelpdesk fake = FakeHelpdesk.builder().faq(faq).build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run("get", "evil");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains(
        "question:   Clear\\u001b[2J the screen?\\u0007\n",
        "answer:     first line\n            second\tline\n            third \\u202eexe.txt\\u000dover"
            + "\\u2066\\u0085\n",
        "[text] rich\\u001b]0;title\\u0007\n",
        "tags:       a\\u200fb\n            c\\u009bd\n");
    assertThat(result.stdout().chars().filter(c -> c != '\n' && c != '\t'))
        .noneMatch(c -> Character.isISOControl(c) || c == 0x202e || c == 0x200f || c == 0x2066);
  }

  private static Map<String, Object> parseObject(byte[] json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) reader.readJsonValue();
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.END_DOCUMENT);
    return object;
  }
}
