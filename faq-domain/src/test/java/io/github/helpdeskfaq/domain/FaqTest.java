package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FaqTest {

  @Test
  void builder_leaves_unset_fields_absent_and_lists_empty() {
    Faq faq = Faq.builder(FaqId.of("1")).build();

    assertThat(faq.question()).isEmpty();
    assertThat(faq.createTime()).isEmpty();
    assertThat(faq.createUser()).isEmpty();
    assertThat(faq.answerRichText()).isEmpty();
    assertThat(faq.categories()).isEmpty();
    assertThat(faq.tags()).isEmpty();
  }

  @Test
  void to_builder_round_trips_every_field() {
    Faq full = everyFieldSet();

    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.toBuilder().question("other").build().question()).contains("other");
  }

  /** A FAQ with every field present and every list non-empty, so that a field the builder drops shows. */
  private static Faq everyFieldSet() {
    TicketUser creator = new TicketUser(Optional.of(UserId.of("ou_1")), Optional.of("https://avatar.example"),
        Optional.of("abc"), Optional.of("Support"), Optional.of("Shenzhen"), Optional.of("China"));
    TicketUser updater = new TicketUser(Optional.of(UserId.of("ou_2")), Optional.empty(), Optional.of("def"),
        Optional.empty(), Optional.empty(), Optional.empty());
    Category category = new Category(Optional.of(CategoryId.of("11")), Optional.of("11"), Optional.of("Accounts"),
        Optional.of(CategoryId.of("0")), Optional.of(HelpdeskId.of("21")), Optional.of("zh_cn"));
    return Faq.builder(FaqId.of("1"))
        .legacyId("1")
        .helpdeskId(HelpdeskId.of("2"))
        .question("question")
        .answer("answer")
        .answerRichText(List.of(RichTextElement.text("rich answer")))
        .content("content")
        .type("type")
        .createTime(Instant.ofEpochSecond(1))
        .updateTime(Instant.ofEpochSecond(2))
        .expireTime(Instant.ofEpochSecond(3))
        .categories(List.of(category))
        .tags(List.of("tag"))
        .createUser(creator)
        .updateUser(updater)
        .build();
  }

  @Test
  void holds_timestamps_past_2038() {
    Instant farFuture = Instant.ofEpochSecond(4_102_444_800L); // 2100-01-01

    assertThat(Faq.builder(FaqId.of("1")).expireTime(farFuture).build().expireTime()).contains(farFuture);
  }

  @Test
  void copies_lists_so_that_later_changes_do_not_leak_in() {
    List<String> tags = new ArrayList<>(List.of("a"));
    Faq faq = Faq.builder(FaqId.of("1")).tags(tags).build();
    tags.add("b");

    assertThat(faq.tags()).containsExactly("a");
    assertThatThrownBy(() -> faq.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refuses_null_where_an_optional_or_list_belongs_naming_the_component() {
    assertThatNullPointerException().isThrownBy(() -> new Faq(FaqId.of("1"), null, Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty()))
        .withMessageContaining("legacyId");
    assertThatNullPointerException().isThrownBy(() -> Faq.builder(FaqId.of("1")).tags(
        java.util.Arrays.asList("a", null)).build());
  }

  @Test
  void lists_the_usable_keys_of_image_elements_in_order_without_repeats() {
    ImageKey first = ImageKey.of("img_1");
    ImageKey second = ImageKey.of("img_2");
    Faq faq = Faq.builder(FaqId.of("1")).answerRichText(List.of(
        RichTextElement.text("see"),
        RichTextElement.image(first),
        new RichTextElement.Image(Optional.of("img_2"), Optional.of("https://x/2.png"), Optional.of("680"),
            Optional.of("480")),
        RichTextElement.image(first),
        new RichTextElement.Image(Optional.of("not a valid key/"), Optional.empty(), Optional.empty(),
            Optional.empty()),
        new RichTextElement.Image(Optional.empty(), Optional.of("https://x/3.png"), Optional.empty(),
            Optional.empty()))).build();

    assertThat(faq.imageKeys()).containsExactly(first, second);
  }

  @Test
  void takes_no_image_key_from_text_links_or_unknown_elements_that_look_like_one() {
    Faq faq = Faq.builder(FaqId.of("1")).answerRichText(List.of(
        RichTextElement.text("img_1"),
        RichTextElement.hyperlink("img_2", "img_3"),
        new RichTextElement.Unknown(Optional.of("image"), java.util.Map.of("content", "img_4")))).build();

    assertThat(faq.imageKeys()).isEmpty();
  }

  static Stream<String> optionalComponents() {
    return Stream.of(Faq.class.getRecordComponents()).filter(c -> c.getType() == Optional.class)
        .map(RecordComponent::getName);
  }

  @ParameterizedTest
  @MethodSource("optionalComponents")
  void refuses_null_for_every_optional_component_naming_it(String name) throws ReflectiveOperationException {
    RecordComponent[] components = Faq.class.getRecordComponents();
    Faq whole = Faq.builder(FaqId.of("1")).build();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = components[i].getName().equals(name) ? null : components[i].getAccessor().invoke(whole);
    }
    Constructor<Faq> canonical = Faq.class.getConstructor(types);

    assertThatThrownBy(() -> {
      try {
        canonical.newInstance(values);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }).isInstanceOf(NullPointerException.class).hasMessage(name + " must not be null (use Optional.empty())");
  }

  @Test
  void a_builder_list_set_twice_holds_the_second_list_only() {
    Category first = Category.of(CategoryId.of("1"), "First");
    Category second = Category.of(CategoryId.of("2"), "Second");

    Faq faq = Faq.builder(FaqId.of("1"))
        .answerRichText(List.of(RichTextElement.text("old"))).answerRichText(List.of(RichTextElement.text("new")))
        .categories(List.of(first)).categories(List.of(second))
        .tags(List.of("old")).tags(List.of("new"))
        .build();

    assertThat(faq.answerRichText()).containsExactly(RichTextElement.text("new"));
    assertThat(faq.categories()).containsExactly(second);
    assertThat(faq.tags()).containsExactly("new");
  }

  @Test
  void a_builder_takes_another_id_and_a_user_made_of_id_and_name() {
    TicketUser author = TicketUser.of(UserId.of("ou_1"), "Ada");

    Faq faq = Faq.builder(FaqId.of("1")).id(FaqId.of("2")).createUser(author).build();

    assertThat(faq.id()).isEqualTo(FaqId.of("2"));
    assertThat(faq.createUser()).contains(author);
    assertThat(author.id()).contains(UserId.of("ou_1"));
    assertThat(author.name()).contains("Ada");
  }
}
