package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.testkit.BrokenRepositories.AnswersANullWithNothing;
import io.github.helpdeskfaq.testkit.BrokenRepositories.AnswersOnlyTheThreadThatMadeIt;
import io.github.helpdeskfaq.testkit.BrokenRepositories.Argument;
import io.github.helpdeskfaq.testkit.BrokenRepositories.ClosesOnlyTheSingleByteRead;
import io.github.helpdeskfaq.testkit.BrokenRepositories.ClosesOnlyWhenTheReaderReturns;
import io.github.helpdeskfaq.testkit.BrokenRepositories.Delegating;
import io.github.helpdeskfaq.testkit.BrokenRepositories.EmptyForEverything;
import io.github.helpdeskfaq.testkit.BrokenRepositories.LeaksAReadableStream;
import io.github.helpdeskfaq.testkit.BrokenRepositories.NeverCloses;
import io.github.helpdeskfaq.testkit.BrokenRepositories.ReadsTheStreamAfterTheCallback;
import io.github.helpdeskfaq.testkit.BrokenRepositories.ReportsTheCompressedLength;
import io.github.helpdeskfaq.testkit.BrokenRepositories.SameFaqForEveryId;
import io.github.helpdeskfaq.testkit.BrokenRepositories.SameImageForEveryKey;
import io.github.helpdeskfaq.testkit.BrokenRepositories.SwallowsReaderFailures;
import io.github.helpdeskfaq.testkit.BrokenRepositories.TruncatesTheStream;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract, run through the JUnit Platform as a build runs it, against a correct decorator and against broken
 * ones: each broken one must fail a named case, with the message that states the promise it breaks.
 */
class ContractCatchesBrokenRepositoriesTest {

  /** The contract against a decorator of {@link ReferenceRepository}, counting the reference's lookups. */
  abstract static class Against extends FaqRepositoryContract {
    private final UnaryOperator<FaqRepository> decorator;
    private ReferenceRepository reference;

    Against(UnaryOperator<FaqRepository> decorator) {
      this.decorator = decorator;
    }

    @Override
    protected FaqRepository createRepository() {
      reference = new ReferenceRepository();
      return decorator.apply(reference);
    }

    @Override
    protected OptionalLong lookupsObserved() {
      return OptionalLong.of(reference.lookups());
    }
  }

  static class AgainstDelegating extends Against {
    AgainstDelegating() {
      super(Delegating::new);
    }
  }

  static class AgainstEmptyForEverything extends Against {
    AgainstEmptyForEverything() {
      super(EmptyForEverything::new);
    }
  }

  static class AgainstSameFaqForEveryId extends Against {
    AgainstSameFaqForEveryId() {
      super(SameFaqForEveryId::new);
    }
  }

  static class AgainstSameImageForEveryKey extends Against {
    AgainstSameImageForEveryKey() {
      super(SameImageForEveryKey::new);
    }
  }

  static class AgainstReadsTheStreamAfterTheCallback extends Against {
    AgainstReadsTheStreamAfterTheCallback() {
      super(ReadsTheStreamAfterTheCallback::new);
    }
  }

  static class AgainstLeaksAReadableStream extends Against {
    AgainstLeaksAReadableStream() {
      super(LeaksAReadableStream::new);
    }
  }

  static class AgainstNeverCloses extends Against {
    AgainstNeverCloses() {
      super(NeverCloses::new);
    }
  }

  static class AgainstSwallowsReaderFailures extends Against {
    AgainstSwallowsReaderFailures() {
      super(SwallowsReaderFailures::new);
    }
  }

  static class AgainstTruncatesTheStream extends Against {
    AgainstTruncatesTheStream() {
      super(TruncatesTheStream::new);
    }
  }

  static class AgainstClosesOnlyWhenTheReaderReturns extends Against {
    AgainstClosesOnlyWhenTheReaderReturns() {
      super(ClosesOnlyWhenTheReaderReturns::new);
    }
  }

  static class AgainstClosesOnlyTheSingleByteRead extends Against {
    AgainstClosesOnlyTheSingleByteRead() {
      super(ClosesOnlyTheSingleByteRead::new);
    }
  }

  static class AgainstReportsTheCompressedLength extends Against {
    AgainstReportsTheCompressedLength() {
      super(ReportsTheCompressedLength::new);
    }
  }

  static class AgainstAnswersOnlyTheThreadThatMadeIt extends Against {
    AgainstAnswersOnlyTheThreadThatMadeIt() {
      super(AnswersOnlyTheThreadThatMadeIt::new);
    }
  }

  static class AgainstAnswersANullIdWithNothing extends Against {
    AgainstAnswersANullIdWithNothing() {
      super(repository -> new AnswersANullWithNothing(repository, Argument.ID));
    }
  }

  static class AgainstAnswersANullFaqIdWithNothing extends Against {
    AgainstAnswersANullFaqIdWithNothing() {
      super(repository -> new AnswersANullWithNothing(repository, Argument.FAQ_ID));
    }
  }

  static class AgainstAnswersANullImageKeyWithNothing extends Against {
    AgainstAnswersANullImageKeyWithNothing() {
      super(repository -> new AnswersANullWithNothing(repository, Argument.IMAGE_KEY));
    }
  }

  static class AgainstAnswersANullReaderWithNothing extends Against {
    AgainstAnswersANullReaderWithNothing() {
      super(repository -> new AnswersANullWithNothing(repository, Argument.READER));
    }
  }

  @Test
  void a_correct_decorator_passes_every_case_and_every_case_runs() {
    ContractRun run = run(AgainstDelegating.class);

    assertThat(run.notRun()).as("every case runs").isEmpty();
    assertThat(run.failedMethods()).as("a correct decorator fails no case; failures:%n%s", run.failureReport())
        .isEmpty();
    assertThat(run.outcomesByMethod().keySet()).as("every case of the contract ran")
        .containsExactlyInAnyOrderElementsOf(contractCases());
    assertThat(run.outcomesByMethod().get("treats_an_id_close_to_the_known_one_as_unknown"))
        .as("one case per near miss of the id").hasSize(NearMisses.ofTheKnownId().size());
    assertThat(run.outcomesByMethod().get("treats_a_key_close_to_the_known_one_as_unknown"))
        .as("one case per near miss of the key").hasSize(NearMisses.ofTheImageKey().size());
  }

  static Stream<Arguments> brokenRepositories() {
    return Stream.of(
        arguments(AgainstEmptyForEverything.class, "returns_the_known_faq_with_every_field_equal_to_the_fixture",
            "findById must return the FAQ the repository holds under the id asked for"),
        arguments(AgainstEmptyForEverything.class, "streams_the_image_bytes_exactly",
            "readImage must hand the reader the image's bytes exactly"),
        arguments(AgainstSameFaqForEveryId.class, "returns_each_faq_for_its_own_id",
            "findById must return the FAQ with the id asked for (" + ContractData.SECOND_FAQ_ID + ")"),
        arguments(AgainstSameFaqForEveryId.class, "returns_empty_for_an_unknown_id_after_a_known_one",
            "findById must return empty for an unknown id, even right after a known one"),
        arguments(AgainstSameImageForEveryKey.class, "streams_each_image_for_its_own_key",
            "readImage must hand the reader the image with the key asked for (" + ContractData.SECOND_IMAGE_KEY + ")"),
        arguments(AgainstSameImageForEveryKey.class, "returns_empty_for_an_unknown_image_after_a_known_one",
            "readImage must not call the reader when there is no such FAQ or image"),
        arguments(AgainstReadsTheStreamAfterTheCallback.class, "streams_the_image_bytes_exactly",
            "readImage must hand the reader a stream that is open while the reader runs"),
        arguments(AgainstLeaksAReadableStream.class, "closes_the_stream_when_the_reader_returns",
            "readImage must close the image stream when the reader returns, but read() on it afterwards did not fail"),
        arguments(AgainstNeverCloses.class, "closes_the_stream_when_the_reader_returns",
            "readImage must close the image stream when the reader returns, but read() on it afterwards did not fail"),
        arguments(AgainstNeverCloses.class, "closes_the_stream_when_the_reader_throws",
            "readImage must close the image stream when the reader throws, but read() on it afterwards did not fail"),
        arguments(AgainstSwallowsReaderFailures.class, "rethrows_the_readers_own_io_failure_unchecked_and_stays_usable",
            "readImage must rethrow the reader's own IOException, but the call returned normally"),
        arguments(AgainstSwallowsReaderFailures.class, "lets_the_readers_runtime_exception_through_unchanged",
            "readImage must let the reader's runtime exception through, but the call returned normally"),
        arguments(AgainstTruncatesTheStream.class, "streams_the_image_bytes_exactly",
            "readImage must hand the reader the image's bytes exactly (SHA-256 of all " + ContractData.IMAGE_SIZE
                + " bytes)"),
        arguments(AgainstClosesOnlyWhenTheReaderReturns.class, "closes_the_stream_when_the_reader_throws",
            "readImage must close the image stream when the reader throws, but read() on it afterwards did not fail"),
        arguments(AgainstClosesOnlyTheSingleByteRead.class, "closes_the_stream_when_the_reader_returns",
            "readImage must close the image stream when the reader returns, but read(byte[], int, int) on it "
                + "afterwards did not fail"),
        arguments(AgainstReportsTheCompressedLength.class, "streams_the_image_bytes_exactly",
            "readImage must report the image's true length, when it reports one"),
        arguments(AgainstAnswersOnlyTheThreadThatMadeIt.class, "is_safe_under_concurrent_use",
            "under concurrent use, findById must return the FAQ with the id asked for"),
        arguments(AgainstAnswersANullIdWithNothing.class, "refuses_null_arguments_before_any_lookup",
            "findById(null) must be refused, but the call returned normally"),
        arguments(AgainstAnswersANullFaqIdWithNothing.class, "refuses_null_arguments_before_any_lookup",
            "readImage(null, key, reader) must be refused, but the call returned normally"),
        arguments(AgainstAnswersANullImageKeyWithNothing.class, "refuses_null_arguments_before_any_lookup",
            "readImage(id, null, reader) must be refused, but the call returned normally"),
        arguments(AgainstAnswersANullReaderWithNothing.class, "refuses_null_arguments_before_any_lookup",
            "readImage(id, key, null) must be refused, but the call returned normally"));
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @MethodSource("brokenRepositories")
  void the_contract_fails_a_broken_repository_saying_which_promise_it_breaks(
      Class<? extends FaqRepositoryContract> broken, String contractCase, String promise) {
    ContractRun run = run(broken);

    assertThat(contractCases()).as("the contract has a case %s", contractCase).contains(contractCase);
    assertThat(run.failuresOf(contractCase)).as("%s must fail %s", broken.getSimpleName(), contractCase)
        .isNotEmpty()
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining(promise));
  }

  private static ContractRun run(Class<? extends FaqRepositoryContract> contract) {
    return ContractRun.of(contract);
  }

  /** The names of the contract's test methods. */
  private static List<String> contractCases() {
    return ContractRun.cases(FaqRepositoryContract.class);
  }
}
