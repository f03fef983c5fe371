package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The write contract, run through the JUnit Platform as a build runs it, against a correct writer and against broken
 * ones: each broken one must fail the case named for its bug, with the message that states the promise it breaks.
 */
class WriterContractCatchesBrokenWritersTest {

  @AfterAll
  static void forgetTheRuns() {
    ContractRun.forget();
  }

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

  @Test
  void a_correct_writer_passes_every_case_and_every_case_runs() {
    ContractRun run = run(AgainstTheReference.class);

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
            "updateCategory must refuse an id that is not well-formed"));
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
    return ContractRun.cached(contract);
  }

  private static List<String> contractCases() {
    return ContractRun.cases(KnowledgeBaseWriterContract.class);
  }
}
