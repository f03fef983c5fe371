package io.github.helpdeskfaq.testkit;

import static io.github.helpdeskfaq.testkit.ContractAssertions.assertClosed;
import static io.github.helpdeskfaq.testkit.ContractAssertions.assertRefusesNull;
import static io.github.helpdeskfaq.testkit.ContractAssertions.digestInsideTheReader;
import static io.github.helpdeskfaq.testkit.ContractAssertions.resultOf;
import static io.github.helpdeskfaq.testkit.ContractAssertions.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour every {@link FaqRepository} shares, as tests. An implementation's (or a decorator's) test extends this
 * class and returns, from {@link #createRepository()}, a repository that holds exactly {@link ContractData}: both
 * FAQs, and each one's image with its content type.
 *
 * The module's README shows a complete test class.
 *
 * <p>Each failure message states the promise of the port that was broken. JUnit makes a new instance for every test,
 * so {@link #createRepository()} is called once per test; cases that look up one thing after another use the same
 * repository, so that a cache that ignores part of the key shows.
 */
public abstract class FaqRepositoryContract {

  private static final int THREADS = 16;
  private static final int ROUNDS_PER_THREAD = 4;
  private static final ImageReader<String> NOT_TO_BE_CALLED = image -> {
    throw new AssertionError("readImage must not call the reader when there is no such FAQ or image");
  };

  private FaqRepository repository;

  /**
   * Creates the repository under test, holding {@link ContractData}. Called lazily, once per test, after the
   * subclass's own {@code @BeforeEach} methods.
   *
   * @return the repository
   */
  protected abstract FaqRepository createRepository();

  /**
   * How many lookups the backing store has seen so far (requests a server received, calls a fake recorded), where
   * the implementation can tell. Used to check that null arguments are refused before any lookup.
   *
   * @return the count, or empty when the implementation cannot observe it
   */
  protected OptionalLong lookupsObserved() {
    return OptionalLong.empty();
  }

  /** The repository under test. @return the repository, created on first use */
  protected final FaqRepository repository() {
    if (repository == null) {
      repository = createRepository();
    }
    return repository;
  }

  @AfterEach
  void forgetRepository() {
    repository = null;
  }

  @Test
  void returns_the_known_faq_with_every_field_equal_to_the_fixture() {
    Optional<Faq> found = repository().findById(ContractData.KNOWN_FAQ_ID);

    assertThat(found).as("findById must return the FAQ the repository holds under the id asked for").isPresent();
    assertThat(found.get()).as("findById must return the FAQ with every field as it is stored")
        .usingRecursiveComparison().isEqualTo(ContractData.knownFaq());
    assertThat(found.get()).as("findById must return a FAQ equal to the one stored").isEqualTo(ContractData.knownFaq());
  }

  @Test
  void returns_each_faq_for_its_own_id() {
    FaqRepository repo = repository();

    for (Faq expected : List.of(ContractData.knownFaq(), ContractData.secondFaq(), ContractData.knownFaq())) {
      assertThat(repo.findById(expected.id()))
          .as("findById must return the FAQ with the id asked for (%s), whatever was asked before", expected.id())
          .contains(expected);
    }
  }

  @Test
  void returns_empty_when_the_faq_does_not_exist() {
    assertThat(repository().findById(ContractData.UNKNOWN_FAQ_ID))
        .as("findById must return empty for an id the repository does not hold").isEmpty();
  }

  @Test
  void returns_empty_for_an_unknown_id_after_a_known_one() {
    FaqRepository repo = repository();

    assertThat(repo.findById(ContractData.KNOWN_FAQ_ID)).as("findById must find the known FAQ").isPresent();
    assertThat(repo.findById(ContractData.UNKNOWN_FAQ_ID))
        .as("findById must return empty for an unknown id, even right after a known one").isEmpty();
    assertThat(repo.findById(ContractData.SECOND_FAQ_ID))
        .as("findById must return the FAQ with the id asked for after an unknown one")
        .contains(ContractData.secondFaq());
  }

  @ParameterizedTest
  @MethodSource("io.github.helpdeskfaq.testkit.NearMisses#ofTheKnownId")
  void treats_an_id_close_to_the_known_one_as_unknown(FaqId nearMiss) {
    FaqRepository repo = repository();

    assertThat(repo.findById(ContractData.KNOWN_FAQ_ID)).as("findById must find the known FAQ").isPresent();
    assertThat(repo.findById(nearMiss))
        .as("findById must match ids exactly: %s is not %s and must be empty", nearMiss, ContractData.KNOWN_FAQ_ID)
        .isEmpty();
  }

  @Test
  void streams_the_image_bytes_exactly() {
    Optional<String> digest = repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          assertThat(image.contentType()).as("readImage must report the content type the image is served with")
              .startsWith(ContractData.IMAGE_CONTENT_TYPE);
          image.contentLength().ifPresent(length -> assertThat(length)
              .as("readImage must report the image's true length, when it reports one")
              .isEqualTo(ContractData.IMAGE_SIZE));
          return digestInsideTheReader(image);
        });

    assertThat(digest).as("readImage must hand the reader the image's bytes exactly (SHA-256 of all %d bytes)",
        ContractData.IMAGE_SIZE).contains(ContractData.imageSha256());
  }

  @Test
  void streams_each_image_for_its_own_key() {
    FaqRepository repo = repository();

    for (int round = 0; round < 2; round++) {
      assertThat(repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractAssertions::describe))
          .as("readImage must hand the reader the image with the key asked for (%s), whatever was read before",
              ContractData.IMAGE_KEY)
          .contains(ContractData.IMAGE_CONTENT_TYPE + " " + ContractData.imageSha256());
      assertThat(repo.readImage(ContractData.SECOND_FAQ_ID, ContractData.SECOND_IMAGE_KEY,
          ContractAssertions::describe))
          .as("readImage must hand the reader the image with the key asked for (%s), whatever was read before",
              ContractData.SECOND_IMAGE_KEY)
          .contains(ContractData.SECOND_IMAGE_CONTENT_TYPE + " " + ContractData.secondImageSha256());
    }
  }

  @Test
  void returns_empty_without_calling_the_reader_when_the_image_key_is_unknown() {
    assertThat(repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.UNKNOWN_IMAGE_KEY, NOT_TO_BE_CALLED))
        .as("readImage must return empty for a key the FAQ has no image under").isEmpty();
  }

  @Test
  void returns_empty_when_the_faq_of_the_image_does_not_exist() {
    assertThat(repository().readImage(ContractData.UNKNOWN_FAQ_ID, ContractData.IMAGE_KEY, NOT_TO_BE_CALLED))
        .as("readImage must return empty for a FAQ the repository does not hold").isEmpty();
  }

  @Test
  void returns_empty_for_an_unknown_image_after_a_known_one() {
    FaqRepository repo = repository();

    assertThat(repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractAssertions::describe))
        .as("readImage must read the known image").isPresent();
    assertThat(repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.UNKNOWN_IMAGE_KEY, NOT_TO_BE_CALLED))
        .as("readImage must return empty for an unknown key, even right after a known one").isEmpty();
    assertThat(repo.readImage(ContractData.SECOND_FAQ_ID, ContractData.IMAGE_KEY, NOT_TO_BE_CALLED))
        .as("readImage must address an image by FAQ and key: the known key under the second FAQ must be empty")
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.helpdeskfaq.testkit.NearMisses#ofTheImageKey")
  void treats_a_key_close_to_the_known_one_as_unknown(ImageKey nearMiss) {
    FaqRepository repo = repository();

    assertThat(repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractAssertions::describe))
        .as("readImage must read the known image").isPresent();
    assertThat(repo.readImage(ContractData.KNOWN_FAQ_ID, nearMiss, NOT_TO_BE_CALLED))
        .as("readImage must match keys exactly: %s is not %s and must be empty", nearMiss, ContractData.IMAGE_KEY)
        .isEmpty();
  }

  @Test
  void closes_the_stream_when_the_reader_returns() {
    AtomicReference<InputStream> escaped = new AtomicReference<>();

    repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, image -> {
      escaped.set(image.stream());
      return image.stream().read(); // most of the image is left unread
    });

    assertThat(escaped.get()).as("readImage must call the reader for an image it holds").isNotNull();
    assertClosed(escaped.get(), "when the reader returns");
  }

  @Test
  void closes_the_stream_when_the_reader_throws() {
    AtomicReference<InputStream> escaped = new AtomicReference<>();
    IllegalStateException readersOwn = new IllegalStateException("the reader gives up");

    Throwable thrown = catchThrowable(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          escaped.set(image.stream());
          image.stream().read();
          throw readersOwn;
        }));

    assertThat(thrown).as("readImage must let the reader's runtime exception through").isSameAs(readersOwn);
    assertClosed(escaped.get(), "when the reader throws");
  }

  @Test
  void refuses_null_arguments_before_any_lookup() {
    FaqRepository repo = repository();
    OptionalLong before = lookupsObserved();

    assertRefusesNull(() -> repo.findById(null), "findById(null)");
    assertRefusesNull(() -> repo.readImage(null, ContractData.IMAGE_KEY, image -> "read"),
        "readImage(null, key, reader)");
    assertRefusesNull(() -> repo.readImage(ContractData.KNOWN_FAQ_ID, null, image -> "read"),
        "readImage(id, null, reader)");
    assertRefusesNull(() -> repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, null),
        "readImage(id, key, null)");

    assertThat(lookupsObserved()).as("a null argument must be refused before any lookup reaches the backing store")
        .isEqualTo(before);
  }

  @Test
  void rethrows_the_readers_own_io_failure_unchecked_and_stays_usable() {
    IOException readersOwn = new IOException("disk full");

    Throwable thrown = thrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          image.stream().read();
          throw readersOwn;
        }), "readImage must rethrow the reader's own IOException");

    assertThat(thrown).as("readImage must rethrow the reader's own IOException as an UncheckedIOException around it")
        .isInstanceOf(UncheckedIOException.class).hasCause(readersOwn);
    assertThat(repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        ContractAssertions::digestInsideTheReader))
        .as("readImage must still read the image exactly after a reader failed").contains(ContractData.imageSha256());
  }

  @Test
  void lets_the_readers_runtime_exception_through_unchanged() {
    IllegalStateException readersOwn = new IllegalStateException("no thumbnail for you");

    Throwable thrown = thrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          throw readersOwn;
        }), "readImage must let the reader's runtime exception through");

    assertThat(thrown).as("readImage must let the reader's runtime exception through unchanged").isSameAs(readersOwn);
  }

  @Test
  void refuses_a_null_result_from_the_reader() {
    Throwable thrown = thrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> null), "readImage must refuse a null result from the reader");

    assertThat(thrown).as("readImage must refuse a null result from the reader with a NullPointerException naming it")
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
  }

  @Test
  void is_safe_under_concurrent_use() throws Exception {
    FaqRepository repo = repository();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Object>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        boolean second = t % 2 == 1;
        results.add(pool.submit(() -> {
          start.await();
          List<Object> seen = new ArrayList<>();
          for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
            seen.add(repo.findById(second ? ContractData.SECOND_FAQ_ID : ContractData.KNOWN_FAQ_ID));
            seen.add(repo.findById(ContractData.UNKNOWN_FAQ_ID));
            seen.add(second
                ? repo.readImage(ContractData.SECOND_FAQ_ID, ContractData.SECOND_IMAGE_KEY,
                    ContractAssertions::describe)
                : repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, ContractAssertions::describe));
          }
          return seen;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        boolean second = t % 2 == 1;
        List<Object> seen = resultOf(results.get(t));
        Faq faq = second ? ContractData.secondFaq() : ContractData.knownFaq();
        String image = second ? ContractData.SECOND_IMAGE_CONTENT_TYPE + " " + ContractData.secondImageSha256()
            : ContractData.IMAGE_CONTENT_TYPE + " " + ContractData.imageSha256();
        for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
          assertThat(seen.get(3 * round)).as("under concurrent use, findById must return the FAQ with the id asked for")
              .isEqualTo(Optional.of(faq));
          assertThat(seen.get(3 * round + 1)).as("under concurrent use, findById must return empty for an unknown id")
              .isEqualTo(Optional.empty());
          assertThat(seen.get(3 * round + 2))
              .as("under concurrent use, readImage must hand each reader the image asked for, exactly")
              .isEqualTo(Optional.of(image));
        }
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the contract's worker threads end").isTrue();
    }
  }
}
