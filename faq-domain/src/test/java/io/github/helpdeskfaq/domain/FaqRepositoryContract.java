package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour every {@link FaqRepository} shares. An implementation's test extends this class and returns, from
 * {@link #createRepository()}, a repository that holds {@link ContractData}: the known FAQ, and its image under
 * {@link ContractData#IMAGE_KEY} with {@link ContractData#IMAGE_CONTENT_TYPE}.
 *
 * <pre>{@code
 * class MyRepositoryTest extends FaqRepositoryContract {
 *   protected FaqRepository createRepository() {
 *     return seededWith(ContractData.knownFaq(), ContractData.imageBytes());
 *   }
 * }
 * }</pre>
 *
 * JUnit makes a new instance for every test, so {@link #createRepository()} is called once per test.
 */
public abstract class FaqRepositoryContract {

  private static final int THREADS = 16;
  private static final int ROUNDS_PER_THREAD = 4;

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
   * the implementation can tell. Used to check that invalid input is refused before any lookup.
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

    assertThat(found).isPresent();
    assertThat(found.get()).usingRecursiveComparison().isEqualTo(ContractData.knownFaq());
    assertThat(found.get()).isEqualTo(ContractData.knownFaq());
  }

  @Test
  void returns_empty_when_the_faq_does_not_exist() {
    assertThat(repository().findById(ContractData.UNKNOWN_FAQ_ID)).isEmpty();
  }

  @Test
  void streams_the_image_bytes_exactly() {
    Optional<String> digest = repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          assertThat(image.contentType()).startsWith(ContractData.IMAGE_CONTENT_TYPE);
          image.contentLength().ifPresent(length -> assertThat(length).isEqualTo(ContractData.IMAGE_SIZE));
          return ContractData.sha256(image.stream());
        });

    assertThat(digest).contains(ContractData.imageSha256());
  }

  @Test
  void returns_empty_without_calling_the_reader_when_the_image_key_is_unknown() {
    Optional<String> result = repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.UNKNOWN_IMAGE_KEY,
        image -> {
          throw new AssertionError("the reader must not be called for a missing image");
        });

    assertThat(result).isEmpty();
  }

  @Test
  void returns_empty_when_the_faq_of_the_image_does_not_exist() {
    Optional<String> result = repository().readImage(ContractData.UNKNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> {
          throw new AssertionError("the reader must not be called for a missing image");
        });

    assertThat(result).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.helpdeskfaq.domain.ContractData#hostileIdentifiers")
  void refuses_hostile_ids_and_keys_before_any_lookup(String hostile) {
    FaqRepository repo = repository();
    OptionalLong before = lookupsObserved();

    assertThatIllegalArgumentException().isThrownBy(() -> repo.findById(FaqId.of(hostile)));
    assertThatIllegalArgumentException().isThrownBy(
        () -> repo.readImage(ContractData.KNOWN_FAQ_ID, ImageKey.of(hostile), image -> "read"));

    assertThat(lookupsObserved()).isEqualTo(before);
  }

  @Test
  void refuses_null_arguments_before_any_lookup() {
    FaqRepository repo = repository();
    OptionalLong before = lookupsObserved();

    assertThatThrownBy(() -> repo.findById(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.readImage(null, ContractData.IMAGE_KEY, image -> "read"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.readImage(ContractData.KNOWN_FAQ_ID, null, image -> "read"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, null))
        .isInstanceOf(NullPointerException.class);

    assertThat(lookupsObserved()).isEqualTo(before);
  }

  @Test
  void rethrows_the_readers_own_io_failure_unchecked_and_stays_usable() {
    IOException readersOwn = new IOException("disk full");

    assertThatThrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, image -> {
      image.stream().read();
      throw readersOwn;
    })).isInstanceOf(UncheckedIOException.class).hasCause(readersOwn);

    assertThat(repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> ContractData.sha256(image.stream()))).contains(ContractData.imageSha256());
  }

  @Test
  void lets_the_readers_runtime_exception_through_unchanged() {
    IllegalStateException readersOwn = new IllegalStateException("no thumbnail for you");

    assertThatThrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, image -> {
      throw readersOwn;
    })).isSameAs(readersOwn);
  }

  @Test
  void refuses_a_null_result_from_the_reader() {
    assertThatThrownBy(() -> repository().readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
        image -> null)).isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
  }

  @Test
  void is_safe_under_concurrent_use() throws Exception {
    FaqRepository repo = repository();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Object>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<Object> seen = new ArrayList<>();
          for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
            seen.add(repo.findById(ContractData.KNOWN_FAQ_ID).orElseThrow());
            seen.add(repo.findById(ContractData.UNKNOWN_FAQ_ID));
            seen.add(repo.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY,
                image -> ContractData.sha256(image.stream())).orElseThrow());
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<List<Object>> result : results) {
        List<Object> seen = result.get(60, TimeUnit.SECONDS);
        for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
          assertThat(seen.get(3 * round)).isEqualTo(ContractData.knownFaq());
          assertThat(seen.get(3 * round + 1)).isEqualTo(Optional.empty());
          assertThat(seen.get(3 * round + 2)).isEqualTo(ContractData.imageSha256());
        }
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("worker threads end").isTrue();
    }
  }
}
