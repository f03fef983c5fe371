package io.github.helpdeskfaq.testkit;

import static io.github.helpdeskfaq.testkit.ContractAssertions.assertRefusesNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link KnowledgeBaseWriter} shares, as tests, read back through the same
 * {@link WritableHelpdesk}: a create is read back, a change changes what it names and nothing else, a delete leaves
 * nothing to read, and what cannot be sent is refused before any request. An implementation's (or a decorator's)
 * test extends this class; {@link #createHelpdesk()} returns a helpdesk that may hold anything (the contract writes
 * what it reads), and {@link #requestsObserved()} counts the requests its backing store received.
 *
 * <pre>{@code
 * class MyWriterTest extends KnowledgeBaseWriterContract {
 *   private FakeHelpdesk fake;
 *
 *   protected WritableHelpdesk createHelpdesk() {
 *     fake = FakeHelpdesk.builder().build();
 *     return fake;
 *   }
 *
 *   protected long requestsObserved() {
 *     return fake.writeCalls().size() + fake.calls().size() + fake.catalogCalls().size();
 *   }
 * }
 * }</pre>
 *
 * Each failure message states the promise of the port that was broken.
 */
public abstract class KnowledgeBaseWriterContract {

  private static final String QUESTION = "How do I reach the office Wi-Fi?";
  private static final String ANSWER = "Join \"office\" and sign in.\nAsk IT for a guest pass.";

  private WritableHelpdesk helpdesk;

  /**
   * Creates the helpdesk under test. Called lazily, once per test.
   *
   * @return the helpdesk
   */
  protected abstract WritableHelpdesk createHelpdesk();

  /**
   * How many requests (reads and writes) the helpdesk's backing store has received so far.
   *
   * @return the count
   */
  protected abstract long requestsObserved();

  /** The helpdesk under test. @return the helpdesk, created on first use */
  protected final WritableHelpdesk helpdesk() {
    if (helpdesk == null) {
      helpdesk = createHelpdesk();
    }
    return helpdesk;
  }

  @AfterEach
  void forgetHelpdesk() {
    helpdesk = null;
  }

  @Test
  void a_created_faq_is_returned_and_read_back_with_what_was_sent() {
    NewFaq sent = NewFaq.builder(QUESTION).answer(ANSWER).tags(List.of("wifi", "guest")).build();

    Faq created = helpdesk().createFaq(sent);
    Optional<Faq> read = helpdesk().findById(created.id());

    assertThat(created.question()).as("createFaq must return the FAQ with the question sent").contains(QUESTION);
    assertThat(created.answer()).as("createFaq must return the FAQ with the answer sent").contains(ANSWER);
    assertThat(created.tags()).as("createFaq must return the FAQ with the tags sent").containsExactly("wifi", "guest");
    assertThat(read).as("a created FAQ must be found by the id createFaq returned").isPresent();
    assertThat(read.get().question()).as("a created FAQ must be read back with the question sent").contains(QUESTION);
    assertThat(read.get().answer()).as("a created FAQ must be read back with the answer sent").contains(ANSWER);
    assertThat(read.get().tags()).as("a created FAQ must be read back with the tags sent")
        .containsExactly("wifi", "guest");
  }

  @Test
  void a_rich_text_answer_is_read_back_element_by_element() {
    List<RichTextElement> answer = List.of(RichTextElement.text("See "),
        RichTextElement.hyperlink("the guide", "https://example.com/wifi"), RichTextElement.text(""),
        RichTextElement.text("Second line"));

    Faq created = helpdesk().createFaq(NewFaq.builder(QUESTION).answerRichText(answer).build());

    assertThat(helpdesk().findById(created.id()).map(Faq::answerRichText))
        .as("a created FAQ's rich-text answer must be read back with the same elements in the same order")
        .contains(answer);
  }

  @Test
  void each_create_makes_a_faq_of_its_own() {
    NewFaq sent = NewFaq.builder(QUESTION).answer(ANSWER).build();

    FaqId first = helpdesk().createFaq(sent).id();
    FaqId second = helpdesk().createFaq(sent).id();

    assertThat(second).as("two creates must make two FAQs with different ids, even of the same question")
        .isNotEqualTo(first);
    assertThat(helpdesk().findById(first)).as("the first of two created FAQs must still be found").isPresent();
    assertThat(helpdesk().findById(second)).as("the second of two created FAQs must be found").isPresent();
  }

  @Test
  void a_created_faq_is_listed() {
    FaqId id = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).build()).id();

    try (Stream<Faq> listed = helpdesk().list(FaqFilter.all())) {
      assertThat(listed.map(Faq::id)).as("a created FAQ must be in the listing of all FAQs").contains(id);
    }
  }

  @Test
  void an_update_changes_the_fields_it_names_and_no_other() {
    Faq created = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).tags(List.of("wifi")).build());

    boolean updated = helpdesk().updateFaq(created.id(), FaqChange.builder().answer("Ask at the front desk.").build());
    Faq read = helpdesk().findById(created.id()).orElseThrow(
        () -> new AssertionError("an updated FAQ must still be found by its id"));

    assertThat(updated).as("updateFaq must return true for a FAQ that exists").isTrue();
    assertThat(read.answer()).as("updateFaq must change the answer it names").contains("Ask at the front desk.");
    assertThat(read.question()).as("updateFaq must leave the question it does not name").contains(QUESTION);
    assertThat(read.tags()).as("updateFaq must leave the tags it does not name").containsExactly("wifi");
  }

  @Test
  void an_update_of_the_question_and_tags_leaves_the_answer() {
    Faq created = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).tags(List.of("wifi")).build());

    helpdesk().updateFaq(created.id(), FaqChange.builder().question("Wi-Fi at the office?")
        .tags(List.of("network", "wlan")).build());
    Faq read = helpdesk().findById(created.id()).orElseThrow();

    assertThat(read.question()).as("updateFaq must change the question it names").contains("Wi-Fi at the office?");
    assertThat(read.tags()).as("updateFaq must replace the tags it names").containsExactly("network", "wlan");
    assertThat(read.answer()).as("updateFaq must leave the answer it does not name").contains(ANSWER);
  }

  @Test
  void an_update_moves_the_update_time_forward() {
    Faq created = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).build());

    helpdesk().updateFaq(created.id(), FaqChange.builder().answer("Changed.").build());
    Faq read = helpdesk().findById(created.id()).orElseThrow();

    assertThat(read.updateTime()).as("an updated FAQ must have an update time").isPresent();
    created.updateTime().ifPresent(before -> assertThat(read.updateTime().get())
        .as("updateFaq must move the update time past the one the create recorded").isAfter(before));
  }

  @Test
  void an_update_of_a_faq_that_does_not_exist_returns_false() {
    FaqId id = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).build()).id();
    helpdesk().deleteFaq(id);

    assertThat(helpdesk().updateFaq(id, FaqChange.builder().answer("Too late.").build()))
        .as("updateFaq must return false for a FAQ that does not exist").isFalse();
    assertThat(helpdesk().findById(id)).as("updateFaq must not bring a deleted FAQ back").isEmpty();
  }

  @Test
  void a_deleted_faq_is_neither_found_nor_listed() {
    FaqId kept = helpdesk().createFaq(NewFaq.builder("Kept?").answer(ANSWER).build()).id();
    FaqId deleted = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).build()).id();

    assertThat(helpdesk().deleteFaq(deleted)).as("deleteFaq must return true for a FAQ that exists").isTrue();

    assertThat(helpdesk().findById(deleted)).as("a deleted FAQ must not be found by its id").isEmpty();
    try (Stream<Faq> listed = helpdesk().list(FaqFilter.all())) {
      assertThat(listed.map(Faq::id)).as("a deleted FAQ must not be listed, and only it must go")
          .doesNotContain(deleted).contains(kept);
    }
    assertThat(helpdesk().deleteFaq(deleted)).as("deleteFaq must return false for a FAQ already deleted").isFalse();
  }

  @Test
  void a_created_category_is_found_and_in_the_tree() {
    Category created = helpdesk().createCategory(NewCategory.named("Network"));
    CategoryId id = created.id().orElseThrow(() -> new AssertionError("createCategory must return the new id"));

    assertThat(created.name()).as("createCategory must return the category with the name sent").contains("Network");
    assertThat(helpdesk().findCategory(id).flatMap(Category::name))
        .as("a created category must be found by its id, with its name").contains("Network");
    assertThat(ids(helpdesk().categoryTree())).as("a created category must be in the category tree").contains(id);
  }

  @Test
  void a_subcategory_is_filed_under_its_parent_and_a_faq_under_its_category() {
    CategoryId parent = helpdesk().createCategory(NewCategory.named("IT")).id().orElseThrow();
    CategoryId child = helpdesk().createCategory(NewCategory.named("Network").under(parent)).id().orElseThrow();
    FaqId faq = helpdesk().createFaq(NewFaq.builder(QUESTION).answer(ANSWER).category(child).build()).id();

    CategoryNode parentNode = helpdesk().categoryTree().stream()
        .filter(node -> node.category().id().equals(Optional.of(parent))).findFirst()
        .orElseThrow(() -> new AssertionError("a created top-level category must be at the top of the tree"));
    assertThat(ids(parentNode.children())).as("a subcategory must be in the tree under its parent").contains(child);
    assertThat(helpdesk().findById(faq).orElseThrow().categories()).extracting(Category::id)
        .as("a FAQ created in a category must be read back filed under it").contains(Optional.of(child));
  }

  @Test
  void a_renamed_category_keeps_its_id_and_a_deleted_one_is_gone() {
    CategoryId id = helpdesk().createCategory(NewCategory.named("Netwrok")).id().orElseThrow();

    assertThat(helpdesk().updateCategory(id, CategoryChange.rename("Network")))
        .as("updateCategory must return true for a category that exists").isTrue();
    assertThat(helpdesk().findCategory(id).flatMap(Category::name))
        .as("updateCategory must change the name it names").contains("Network");
    assertThat(helpdesk().deleteCategory(id)).as("deleteCategory must return true for a category that exists")
        .isTrue();
    assertThat(helpdesk().findCategory(id)).as("a deleted category must not be found").isEmpty();
    assertThat(ids(helpdesk().categoryTree())).as("a deleted category must not be in the tree").doesNotContain(id);
    assertThat(helpdesk().deleteCategory(id)).as("deleteCategory must return false for a category already deleted")
        .isFalse();
    assertThat(helpdesk().updateCategory(id, CategoryChange.rename("Again")))
        .as("updateCategory must return false for a category that does not exist").isFalse();
  }

  @Test
  void null_arguments_are_refused_before_any_request() {
    KnowledgeBaseWriter writer = helpdesk();
    long before = requestsObserved();
    FaqId id = FaqId.of("7100000000000000001");
    CategoryId category = CategoryId.of("7100000000000000002");

    assertRefusesNull(() -> writer.createFaq(null), "createFaq(null)");
    assertRefusesNull(() -> writer.updateFaq(null, FaqChange.builder().answer("A").build()), "updateFaq(null, ...)");
    assertRefusesNull(() -> writer.updateFaq(id, null), "updateFaq(id, null)");
    assertRefusesNull(() -> writer.deleteFaq(null), "deleteFaq(null)");
    assertRefusesNull(() -> writer.createCategory(null), "createCategory(null)");
    assertRefusesNull(() -> writer.updateCategory(null, CategoryChange.rename("N")), "updateCategory(null, ...)");
    assertRefusesNull(() -> writer.updateCategory(category, null), "updateCategory(id, null)");
    assertRefusesNull(() -> writer.deleteCategory(null), "deleteCategory(null)");
    assertThat(requestsObserved()).as("null arguments must be refused before any request").isEqualTo(before);
  }

  @Test
  void category_ids_that_could_not_be_sent_are_refused_before_any_request() {
    KnowledgeBaseWriter writer = helpdesk();
    long before = requestsObserved();
    CategoryId crafted = CategoryId.of("7100000000000000321\r\nX-Evil: 1");

    assertThatIllegalArgumentException().as("updateCategory must refuse an id that is not well-formed")
        .isThrownBy(() -> writer.updateCategory(crafted, CategoryChange.rename("N")));
    assertThatIllegalArgumentException().as("deleteCategory must refuse an id that is not well-formed")
        .isThrownBy(() -> writer.deleteCategory(CategoryId.of("../7100000000000000321")));
    assertThat(requestsObserved()).as("ids that are not well-formed must be refused before any request")
        .isEqualTo(before);
  }

  /** Every id in a tree, at any depth. */
  private static List<CategoryId> ids(List<CategoryNode> nodes) {
    List<CategoryId> ids = new ArrayList<>();
    for (CategoryNode node : nodes) {
      node.category().id().ifPresent(ids::add);
      ids.addAll(ids(node.children()));
    }
    return ids;
  }
}
