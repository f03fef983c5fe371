package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndCategoriesCommandTest {

  @TempDir
  Path folder;

  @Test
  void searches_in_any_language() {
    AppRunner.Result chinese = AppRunner.in(folder).run("search", "无线网络");
    AppRunner.Result english = AppRunner.in(folder).run("search", "vpn", "--format", "jsonl");

    assertThat(chinese.exitCode()).as(chinese.toString()).isZero();
    assertThat(chinese.stdout()).isEqualTo("7000000000000000013  如何连接办公室无线网络？\n");
    assertThat(english.stdout().lines()).singleElement().asString().contains("\"faq_id\":\"7000000000000000014\"");
  }

  @Test
  void finds_nothing_quietly() {
    AppRunner.Result result = AppRunner.in(folder).run("search", "no such words anywhere");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void refuses_a_blank_query_as_a_usage_error() {
    AppRunner.Result result = AppRunner.in(folder).run("search", " ");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.stderr()).contains("search query must not be blank");
  }

  @Test
  void shows_the_demo_category_tree() {
    AppRunner.Result result = AppRunner.in(folder).run("categories");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout().lines()).containsExactly(
        "创建团队和邀请成员 (6948728206392295444)",
        "Getting started (7100000000000000100)",
        "  Sharing the helpdesk (7100000000000000110)",
        "Network (7100000000000000200)",
        "  无线网络 (7100000000000000210)",
        "  VPN (7100000000000000220)");
  }

  @Test
  void prints_the_tree_as_json_with_feishus_field_names_and_children() throws IOException {
    AppRunner.Result result = AppRunner.in(folder).run("categories", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<?> roots = (List<?>) ListCommandTest.parse(result.stdoutBytes());
    assertThat(roots).hasSize(3);
    @SuppressWarnings("unchecked")
    Map<String, Object> network = (Map<String, Object>) roots.get(2);
    assertThat(network).containsEntry("category_id", "7100000000000000200").containsEntry("name", "Network")
        .containsEntry("parent_id", "0").containsEntry("language", "en_us");
    List<?> children = (List<?>) network.get("children");
    assertThat(children.stream().map(child -> (Object) ((Map<?, ?>) child).get("name"))).containsExactly("无线网络", "VPN");
    assertThat(((Map<?, ?>) children.get(1)).get("children")).isEqualTo(List.of());
  }

  @Test
  void shows_the_categories_of_one_language_in_the_order_asked_for() {
    AppRunner.Result chinese = AppRunner.in(folder).run("categories", "--lang", "ZH_CN");
    AppRunner.Result newestFirst = AppRunner.in(folder).run("categories", "--order-by", "update_time", "--desc");

    assertThat(chinese.exitCode()).as(chinese.toString()).isZero();
    assertThat(chinese.stdout().lines()).as("无线网络's parent is English").containsExactly(
        "创建团队和邀请成员 (6948728206392295444)",
        "无线网络 (7100000000000000210)");
    assertThat(newestFirst.stdout().lines()).containsExactly(
        "Network (7100000000000000200)",
        "  VPN (7100000000000000220)",
        "  无线网络 (7100000000000000210)",
        "Getting started (7100000000000000100)",
        "  Sharing the helpdesk (7100000000000000110)",
        "创建团队和邀请成员 (6948728206392295444)");
  }

  @Test
  void refuses_a_language_that_is_no_code_and_desc_without_an_order_naming_the_option() {
    AppRunner.Result language = AppRunner.in(folder).run("categories", "--lang", "en\u001b[2J");
    AppRunner.Result descending = AppRunner.in(folder).run("categories", "--desc");

    assertThat(language.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(language.stderrLines()).containsExactly("faq-app categories: Invalid value for option '--lang': "
        + "category language must be a code such as zh_cn, en_us or ja_jp, was \"en\\u001b[2J\" "
        + "(see 'faq-app categories --help')");
    assertThat(descending.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(descending.stderrLines()).singleElement().asString().contains("--order-by");
  }

  @Test
  void escapes_terminal_control_characters_in_category_names() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .category(new Category(Optional.of(CategoryId.of("1")), Optional.empty(), Optional.of("bad\u001b]0;title\u0007"),
            Optional.empty(), Optional.empty(), Optional.empty()))
        .build();

    AppRunner.Result result = AppRunner.in(folder).helpdesks((adapter, data, env) -> fake).run("categories");

    assertThat(result.stdout()).isEqualTo("bad\\u001b]0;title\\u0007 (1)\n");
  }
}
