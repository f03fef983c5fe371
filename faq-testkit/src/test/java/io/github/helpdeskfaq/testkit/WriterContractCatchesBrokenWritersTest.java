package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The write contract, run through the JUnit Platform as a build runs it, against a correct writer and against broken
 * ones: each broken one must fail the case named for its bug, with the message that states the promise it breaks.
 */
class WriterContractCatchesBrokenWritersTest {

  /** The contract against a {@link ReferenceWriter}, or a broken subclass of it. */
  abstract static class Against extends KnowledgeBaseWriterContract {
    private final Supplier<ReferenceWriter> make;
    private ReferenceWriter writer;

    Against(Supplier<ReferenceWriter> make) {
      this.make = make;
    }

    @Override
    protected WritableHelpdesk createHelpdesk() {
      writer = make.get();
      return writer;
    }

    @Override
    protected long requestsObserved() {
      return writer.requests();
    }
  }

  static class AgainstTheReference extends Against {
    AgainstTheReference() {
      super(ReferenceWriter::new);
    }
  }

  /** Sends the whole FAQ on an update, with what the change does not name cleared. */
  static class AgainstClearsWhatTheChangeDoesNotName extends Against {
    AgainstClearsWhatTheChangeDoesNotName() {
      super(() -> new ReferenceWriter() {
        @Override
        Faq.Builder changed(Faq old, FaqChange change) {
          return Faq.builder(old.id()).createTime(old.createTime().orElse(null))
              .question(change.question().orElse(null)).answer(change.answer().orElse(null))
              .tags(change.tags().orElse(List.of()));
        }
      });
    }
  }

  /** Hands out one id for every FAQ, so that a second create replaces the first. */
  static class AgainstOneIdForEveryFaq extends Against {
    AgainstOneIdForEveryFaq() {
      super(() -> new ReferenceWriter() {
        @Override
        FaqId newFaqId() {
          return FaqId.of("100");
        }
      });
    }
  }

  /** Answers a delete and keeps the FAQ. */
  static class AgainstDeletesNothing extends Against {
    AgainstDeletesNothing() {
      super(() -> new ReferenceWriter() {
        @Override
        public boolean deleteFaq(FaqId id) {
          return faqs.containsKey(id);
        }
      });
    }
  }

  /** Stamps an update with the time of the create. */
  static class AgainstKeepsTheUpdateTime extends Against {
    AgainstKeepsTheUpdateTime() {
      super(() -> new ReferenceWriter() {
        @Override
        public boolean updateFaq(FaqId id, FaqChange change) {
          Faq old = faqs.get(id);
          boolean updated = super.updateFaq(id, change);
          if (updated) {
            faqs.put(id, faqs.get(id).toBuilder().updateTime(old.updateTime().orElse(null)).build());
          }
          return updated;
        }
      });
    }
  }

  /** Keeps a rich-text answer as one run of its text. */
  static class AgainstFlattensRichText extends Against {
    AgainstFlattensRichText() {
      super(() -> new ReferenceWriter() {
        @Override
        public Faq createFaq(NewFaq faq) {
          Faq created = super.createFaq(faq);
          String text = faq.answerRichText().stream().map(Object::toString).collect(Collectors.joining());
          Faq flat = created.toBuilder().answerRichText(
              text.isEmpty() ? List.of() : List.of(RichTextElement.text(text))).build();
          faqs.put(created.id(), flat);
          return flat;
        }
      });
    }
  }

  /** Sends a category id as it came, however it looks. */
  static class AgainstChecksNoCategoryId extends Against {
    AgainstChecksNoCategoryId() {
      super(() -> new ReferenceWriter() {
        @Override
        public boolean updateCategory(CategoryId id, CategoryChange change) {
          return changeCategory(id, change);
        }
      });
    }
  }

  /** Correct, and holds a top-level category of its own before the contract writes anything. */
  static class AgainstTheReferenceHoldingACategory extends Against {
    AgainstTheReferenceHoldingACategory() {
      super(() -> {
        ReferenceWriter writer = new ReferenceWriter();
        writer.createCategory(NewCategory.named("Archive"));
        return writer;
      });
    }
  }

  /** Updates a FAQ by deleting it and creating it anew, under a new id. */
  static class AgainstUpdatesByDeleteAndCreate extends Against {
    AgainstUpdatesByDeleteAndCreate() {
      super(() -> new ReferenceWriter() {
        @Override
        public boolean updateFaq(FaqId id, FaqChange change) {
          Faq old = faqs.remove(id);
          if (old == null) {
            return false;
          }
          FaqId renewed = newFaqId();
          faqs.put(renewed, changed(old, change).id(renewed).updateTime(tick()).build());
          return true;
        }
      });
    }
  }

  /** Returns the category it was asked to create, as sent: without the id the helpdesk gave it. */
  static class AgainstReturnsTheCategoryAsSent extends Against {
    AgainstReturnsTheCategoryAsSent() {
      super(() -> new ReferenceWriter() {
        @Override
        public Category createCategory(NewCategory category) {
          Category created = super.createCategory(category);
          return new Category(Optional.empty(), Optional.empty(), created.name(), created.parentId(),
              Optional.empty(), created.language());
        }
      });
    }
  }

  /** Serves the tree as one node, the root, with the top-level categories under it. */
  static class AgainstServesTheTreeUnderItsRoot extends Against {
    AgainstServesTheTreeUnderItsRoot() {
      super(() -> new ReferenceWriter() {
        @Override
        public List<CategoryNode> categoryTree(CategoryQuery query) {
          Category root = new Category(Optional.of(CategoryId.of("0")), Optional.empty(), Optional.of("root"),
              Optional.empty(), Optional.empty(), Optional.empty());
          return List.of(new CategoryNode(root, super.categoryTree(query)));
        }
      });
    }
  }

  /**
   * Refuses a null for one argument, the one of the call named, with an IllegalArgumentException, as a check like
   * Spring's {@code Assert.notNull} does, where the port promises a NullPointerException.
   */
  static final class RefusesANullWithIllegalArgument extends ReferenceWriter {
    private final String call;

    RefusesANullWithIllegalArgument(String call) {
      this.call = call;
    }

    private void check(Object argument, String refused) {
      if (argument == null && refused.equals(call)) {
        throw new IllegalArgumentException(refused + ": the argument must not be null");
      }
    }

    @Override
    public Faq createFaq(NewFaq faq) {
      check(faq, "createFaq(null)");
      return super.createFaq(faq);
    }

    @Override
    public boolean updateFaq(FaqId id, FaqChange change) {
      check(id, "updateFaq(null, ...)");
      check(change, "updateFaq(id, null)");
      return super.updateFaq(id, change);
    }

    @Override
    public boolean deleteFaq(FaqId id) {
      check(id, "deleteFaq(null)");
      return super.deleteFaq(id);
    }

    @Override
    public Category createCategory(NewCategory category) {
      check(category, "createCategory(null)");
      return super.createCategory(category);
    }

    @Override
    public boolean updateCategory(CategoryId id, CategoryChange change) {
      check(id, "updateCategory(null, ...)");
      check(change, "updateCategory(id, null)");
      return super.updateCategory(id, change);
    }

    @Override
    public boolean deleteCategory(CategoryId id) {
      check(id, "deleteCategory(null)");
      return super.deleteCategory(id);
    }
  }

  static class AgainstRefusesANullNewFaqWithIllegalArgument extends Against {
    AgainstRefusesANullNewFaqWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("createFaq(null)"));
    }
  }

  static class AgainstRefusesANullFaqIdOfAnUpdateWithIllegalArgument extends Against {
    AgainstRefusesANullFaqIdOfAnUpdateWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("updateFaq(null, ...)"));
    }
  }

  static class AgainstRefusesANullFaqChangeWithIllegalArgument extends Against {
    AgainstRefusesANullFaqChangeWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("updateFaq(id, null)"));
    }
  }

  static class AgainstRefusesANullFaqIdOfADeleteWithIllegalArgument extends Against {
    AgainstRefusesANullFaqIdOfADeleteWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("deleteFaq(null)"));
    }
  }

  static class AgainstRefusesANullNewCategoryWithIllegalArgument extends Against {
    AgainstRefusesANullNewCategoryWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("createCategory(null)"));
    }
  }

  static class AgainstRefusesANullCategoryIdOfAnUpdateWithIllegalArgument extends Against {
    AgainstRefusesANullCategoryIdOfAnUpdateWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("updateCategory(null, ...)"));
    }
  }

  static class AgainstRefusesANullCategoryChangeWithIllegalArgument extends Against {
    AgainstRefusesANullCategoryChangeWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("updateCategory(id, null)"));
    }
  }

  static class AgainstRefusesANullCategoryIdOfADeleteWithIllegalArgument extends Against {
    AgainstRefusesANullCategoryIdOfADeleteWithIllegalArgument() {
      super(() -> new RefusesANullWithIllegalArgument("deleteCategory(null)"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {AgainstTheReference.class, AgainstTheReferenceHoldingACategory.class})
  void a_correct_writer_passes_every_case_and_every_case_runs(Class<? extends Against> correct) {
    ContractRun run = run(correct);

    assertThat(run.notRun()).as("every case runs").isEmpty();
    assertThat(run.failedMethods()).as("a correct writer fails no case; failures:%n%s", run.failureReport())
        .isEmpty();
    assertThat(run.outcomesByMethod().keySet()).as("every case of the contract ran")
        .containsExactlyInAnyOrderElementsOf(contractCases());
  }

  static Stream<Arguments> brokenWriters() {
    return Stream.of(
        arguments(AgainstClearsWhatTheChangeDoesNotName.class, "an_update_changes_the_fields_it_names_and_no_other",
            "updateFaq must leave the question it does not name"),
        arguments(AgainstClearsWhatTheChangeDoesNotName.class, "an_update_of_the_question_and_tags_leaves_the_answer",
            "updateFaq must leave the answer it does not name"),
        arguments(AgainstOneIdForEveryFaq.class, "each_create_makes_a_faq_of_its_own",
            "two creates must make two FAQs with different ids"),
        arguments(AgainstDeletesNothing.class, "a_deleted_faq_is_neither_found_nor_listed",
            "a deleted FAQ must not be found by its id"),
        arguments(AgainstKeepsTheUpdateTime.class, "an_update_moves_the_update_time_forward",
            "updateFaq must move the update time past the one the create recorded"),
        arguments(AgainstFlattensRichText.class, "a_rich_text_answer_is_read_back_element_by_element",
            "a created FAQ's rich-text answer must be read back with the same elements in the same order"),
        arguments(AgainstChecksNoCategoryId.class,
            "category_ids_that_could_not_be_sent_are_refused_before_any_request",
            "updateCategory must refuse an id that is not well-formed"),
        arguments(AgainstUpdatesByDeleteAndCreate.class, "an_update_changes_the_fields_it_names_and_no_other",
            "an updated FAQ must still be found by its id"),
        arguments(AgainstReturnsTheCategoryAsSent.class, "a_created_category_is_found_and_in_the_tree",
            "createCategory must return the new id"),
        arguments(AgainstServesTheTreeUnderItsRoot.class,
            "a_subcategory_is_filed_under_its_parent_and_a_faq_under_its_category",
            "a created top-level category must be at the top of the tree"),
        arguments(AgainstRefusesANullNewFaqWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "createFaq(null) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullFaqIdOfAnUpdateWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "updateFaq(null, ...) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullFaqChangeWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "updateFaq(id, null) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullFaqIdOfADeleteWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "deleteFaq(null) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullNewCategoryWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "createCategory(null) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullCategoryIdOfAnUpdateWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "updateCategory(null, ...) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullCategoryChangeWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "updateCategory(id, null) must be refused with a NullPointerException"),
        arguments(AgainstRefusesANullCategoryIdOfADeleteWithIllegalArgument.class,
            "null_arguments_are_refused_before_any_request",
            "deleteCategory(null) must be refused with a NullPointerException"));
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @MethodSource("brokenWriters")
  void the_contract_fails_a_broken_writer_on_the_case_named_for_its_bug(Class<? extends Against> broken,
      String contractCase, String promise) {
    ContractRun run = run(broken);

    assertThat(contractCases()).as("the contract has a case %s", contractCase).contains(contractCase);
    assertThat(run.failuresOf(contractCase)).as("%s must fail %s", broken.getSimpleName(), contractCase)
        .isNotEmpty()
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining(promise));
  }

  private static ContractRun run(Class<? extends Against> contract) {
    return ContractRun.of(contract);
  }

  private static List<String> contractCases() {
    return ContractRun.cases(KnowledgeBaseWriterContract.class);
  }
}
