package io.github.helpdeskfaq.domain.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeValuesTest {

  @Test
  void a_new_faq_keeps_what_it_was_given_and_copies_its_lists() {
    List<String> tags = new ArrayList<>(List.of("wifi", "network"));
    NewFaq faq = NewFaq.builder("How do I join the Wi-Fi?").answer("Pick \"guest\".\nNo password.")
        .answerRichText(List.of(RichTextElement.text("Pick guest"))).category(CategoryId.of("6936004780707807251"))
        .tags(tags).build();
    tags.add("changed after");

    assertThat(faq.question()).isEqualTo("How do I join the Wi-Fi?");
    assertThat(faq.answer()).contains("Pick \"guest\".\nNo password.");
    assertThat(faq.answerRichText()).containsExactly(RichTextElement.text("Pick guest"));
    assertThat(faq.category()).contains(CategoryId.of("6936004780707807251"));
    assertThat(faq.tags()).containsExactly("wifi", "network");
  }

  @Test
  void a_new_faq_needs_an_answer_of_either_kind() {
    assertThatThrownBy(() -> NewFaq.builder("Q?").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a new FAQ needs an answer, as plain text or as rich text");
    assertThat(NewFaq.builder("Q?").answerRichText(List.of(RichTextElement.text("A"))).build().answer()).isEmpty();
    assertThat(NewFaq.builder("Q?").answer("A").build().answerRichText()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "two\nlines", "tab\there", "nul\u0000", "line\u2028separator", "bell\u0007"})
  void a_question_is_one_line_of_visible_text(String question) {
    assertThatThrownBy(() -> NewFaq.builder(question).answer("A").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("question must");
    assertThatThrownBy(() -> FaqChange.builder().question(question).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("question must");
  }

  @Test
  void an_answer_may_have_lines_and_tabs_but_no_other_control_character() {
    assertThat(NewFaq.builder("Q?").answer("one\r\ntwo\tthree").build().answer()).contains("one\r\ntwo\tthree");
    assertThatThrownBy(() -> NewFaq.builder("Q?").answer("escape \u001b[31m").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must not contain control characters other than tabs and line breaks; found U+001B at "
            + "index 7");
    assertThatThrownBy(() -> NewFaq.builder("Q?").answer(" \n ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answer must not be blank");
  }

  @Test
  void tags_are_lines_that_do_not_repeat() {
    assertThatThrownBy(() -> NewFaq.builder("Q?").answer("A").tags(List.of("a", "b", "a")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tags must not repeat: 3 tags, 2 different");
    assertThatThrownBy(() -> FaqChange.builder().tags(List.of("x\ny")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a tag must be one line");
    assertThat(FaqChange.builder().tags(List.of()).build().tags()).contains(List.of());
  }

  @Test
  void a_category_id_that_could_not_be_looked_up_is_refused_when_the_value_is_made() {
    CategoryId crafted = CategoryId.of("7100000000000000321\r\nX-Evil: 1");

    assertThatThrownBy(() -> NewFaq.builder("Q?").answer("A").category(crafted).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category id ");
    assertThatThrownBy(() -> FaqChange.builder().category(crafted).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category id ");
    assertThatThrownBy(() -> NewCategory.named("Network").under(crafted))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category id ");
    assertThatThrownBy(() -> CategoryChange.moveUnder(crafted))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category id ");
  }

  @Test
  void a_change_names_at_least_one_field_and_only_those() {
    assertThatThrownBy(() -> FaqChange.builder().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a change must name at least one field");
    assertThatThrownBy(() -> new CategoryChange(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a change must name at least one field");

    FaqChange change = FaqChange.builder().answer("New answer").build();
    assertThat(change.answer()).contains("New answer");
    assertThat(change.question()).isEmpty();
    assertThat(change.answerRichText()).isEmpty();
    assertThat(change.category()).isEmpty();
    assertThat(change.tags()).isEmpty();
  }

  @Test
  void a_changed_rich_text_is_not_empty() {
    assertThatThrownBy(() -> FaqChange.builder().answerRichText(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a changed rich-text answer must not be empty");
  }

  @Test
  void a_new_category_is_named_and_may_have_a_parent_and_a_language() {
    NewCategory category = NewCategory.named("Network").under(CategoryId.of("100")).inLanguage("en_us");

    assertThat(category).isEqualTo(new NewCategory("Network", Optional.of(CategoryId.of("100")),
        Optional.of("en_us")));
    assertThatThrownBy(() -> NewCategory.named(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThat(CategoryChange.rename("Networks")).isEqualTo(new CategoryChange(Optional.of("Networks"),
        Optional.empty()));
  }

  @Test
  void a_control_character_is_refused_at_the_very_start_too() {
    assertThatThrownBy(() -> NewFaq.builder("\u0007Q?").answer("A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question must be one line without control characters; found U+0007 at index 0");
    assertThatThrownBy(() -> FaqChange.builder().answer("\u0007A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must not contain control characters other than tabs and line breaks; found U+0007 at "
            + "index 0");
  }

  @Test
  void a_changed_name_language_or_answer_is_checked_like_a_new_one() {
    assertThatThrownBy(() -> CategoryChange.rename("two\nlines")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be one line");
    assertThatThrownBy(() -> NewCategory.named("Network").inLanguage("en\nus"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("language must be one line");
    assertThatThrownBy(() -> FaqChange.builder().answer(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must not be blank");
  }

  @Test
  void a_category_change_may_only_move_it() {
    CategoryChange move = CategoryChange.moveUnder(CategoryId.of("100"));

    assertThat(move.parent()).contains(CategoryId.of("100"));
    assertThat(move.name()).isEmpty();
  }

  @Test
  void a_builder_list_set_twice_holds_the_second_list_only() {
    NewFaq faq = NewFaq.builder("Q?").answerRichText(List.of(RichTextElement.text("old")))
        .answerRichText(List.of(RichTextElement.text("new"))).tags(List.of("old")).tags(List.of("new")).build();

    assertThat(faq.answerRichText()).containsExactly(RichTextElement.text("new"));
    assertThat(faq.tags()).containsExactly("new");
  }
}
