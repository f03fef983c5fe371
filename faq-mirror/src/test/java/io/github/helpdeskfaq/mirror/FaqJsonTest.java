package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON of FAQs and categories, byte for byte: what {@code get}, {@code list} and the mirror have printed. */
class FaqJsonTest {

  private static final Faq FULL = Faq.builder(FaqId.of("6936004780707807231"))
      .legacyId("6936004780707807231")
      .helpdeskId(HelpdeskId.of("6936004780707807251"))
      .question("问题 \"quoted\"")
      .answer("答案\nline two")
      .answerRichText(List.of(
          RichTextElement.text("我的答案"),
          RichTextElement.text(""),
          RichTextElement.hyperlink("a link", "https://example.com/a b"),
          new RichTextElement.Image(Optional.of("img_1"), Optional.empty(), Optional.of("680"), Optional.of("480")),
          new RichTextElement.Unknown(Optional.of("table"), Map.of("rows", List.of(List.of("a", 1L)))),
          new RichTextElement.Unknown(Optional.empty(), Map.of("version", 2.0))))
      .createTime(Instant.parse("2020-08-02T14:36:48Z"))
      .categories(List.of(new Category(Optional.of(CategoryId.of("6948728206392295444")),
          Optional.of("6948728206392295444"), Optional.of("创建团队"), Optional.of(CategoryId.of("0")),
          Optional.empty(), Optional.of("zh_cn"))))
      .tags(List.of("问", "题"))
      .createUser(TicketUser.of(UserId.of("ou_1"), "abc"))
      .build();

  @Test
  void writes_every_key_of_feishus_faq_detail_nulls_included_indented() {
    assertThat(text(out -> FaqJson.write(FULL, out))).isEqualTo("""
        {
          "faq_id": "6936004780707807231",
          "id": "6936004780707807231",
          "helpdesk_id": "6936004780707807251",
          "question": "问题 \\"quoted\\"",
          "answer": "答案\\nline two",
          "answer_richtext": [
            {
              "type": "text",
              "content": "我的答案"
            },
            {
              "type": "text",
              "content": ""
            },
            {
              "type": "hyperlink",
              "text": "a link",
              "url": "https://example.com/a b"
            },
            {
              "type": "img",
              "key": "img_1",
              "src": null,
              "width": "680",
              "height": "480"
            },
            {
              "type": "table",
              "rows": [
                [
                  "a",
                  1
                ]
              ]
            },
            {
              "version": 2.0
            }
          ],
          "content": null,
          "type": null,
          "create_time": "2020-08-02T14:36:48Z",
          "update_time": null,
          "expire_time": null,
          "categories": [
            {
              "category_id": "6948728206392295444",
              "id": "6948728206392295444",
              "name": "创建团队",
              "parent_id": "0",
              "helpdesk_id": null,
              "language": "zh_cn"
            }
          ],
          "tags": [
            "问",
            "题"
          ],
          "create_user": {
            "id": "ou_1",
            "avatar_url": null,
            "name": "abc",
            "department": null,
            "city": null,
            "country": null
          },
          "update_user": null
        }
        """);
  }

  @Test
  void writes_the_same_object_on_one_line_for_json_lines() {
    Faq bare = Faq.builder(FaqId.of("1")).build();

    assertThat(text(out -> FaqJson.writeLine(bare, out))).isEqualTo("{\"faq_id\":\"1\",\"id\":null,"
        + "\"helpdesk_id\":null,\"question\":null,\"answer\":null,\"answer_richtext\":[],\"content\":null,"
        + "\"type\":null,\"create_time\":null,\"update_time\":null,\"expire_time\":null,\"categories\":[],"
        + "\"tags\":[],\"create_user\":null,\"update_user\":null}\n");
    assertThat(FaqJson.line(bare)).isEqualTo(text(out -> FaqJson.writeLine(bare, out)));
  }

  @Test
  void writes_an_array_a_faq_at_a_time_flushing_each() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FaqJson.ArrayWriter array = FaqJson.arrayWriter(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[");
    array.add(Faq.builder(FaqId.of("1")).build());
    array.add(Faq.builder(FaqId.of("2")).build());
    array.end();

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(Arrays.asList(lines).subList(0, 3)).containsExactly("[", "  {", "    \"faq_id\": \"1\",");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("    \"update_user\": null\n  },\n  {\n    \"faq_id\": \"2\",")
        .endsWith("    \"update_user\": null\n  }\n]\n");
    assertThat(text(empty -> FaqJson.arrayWriter(empty).end())).isEqualTo("[]\n");
  }

  @Test
  void writes_the_category_tree_with_each_categorys_children() {
    Category parent = Category.of(CategoryId.of("p"), "Parent");
    Category child = new Category(Optional.of(CategoryId.of("c")), Optional.empty(), Optional.of("Child"),
        Optional.of(CategoryId.of("p")), Optional.of(HelpdeskId.of("h")), Optional.empty());
    List<CategoryNode> tree = List.of(new CategoryNode(parent, List.of(CategoryNode.leaf(child))));

    assertThat(text(out -> FaqJson.writeCategoryTree(tree, out))).isEqualTo("""
        [
          {
            "category_id": "p",
            "id": null,
            "name": "Parent",
            "parent_id": null,
            "helpdesk_id": null,
            "language": null,
            "children": [
              {
                "category_id": "c",
                "id": null,
                "name": "Child",
                "parent_id": "p",
                "helpdesk_id": "h",
                "language": null,
                "children": []
              }
            ]
          }
        ]
        """);
    assertThat(text(out -> FaqJson.writeCategoryTree(List.of(), out))).isEqualTo("[]\n");
  }

  private static String text(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.to(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface Writing {
    void to(ByteArrayOutputStream out);
  }
}
