package io.github.helpdeskfaq.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.testkit.ContractData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent misses of one id: one call underneath, whose outcome every waiting lookup shares. */
class SingleLoadTest {

  private static final int THREADS = 16;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("worker threads end").isTrue();
  }

  @Test
  void sixteen_concurrent_misses_of_one_id_make_one_call() throws Exception {
    GatedRepository gated = new GatedRepository(() -> Optional.of(ContractData.knownFaq()));
    CachingHelpdesk cache = CachingHelpdesk.builder(gated).build();
    gated.releaseWhen(() -> cache.statistics().lookups() == THREADS);

    List<Future<Object>> results = lookUpAtOnce(cache);

    for (Future<Object> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(Optional.of(ContractData.knownFaq()));
    }
    assertThat(gated.calls()).isEqualTo(1);
    assertThat(cache.statistics()).isEqualTo(new CacheStatistics(THREADS - 1, 1, 1, 0, 0));
  }

  @Test
  void every_waiting_lookup_sees_the_one_failure_and_the_next_lookup_calls_again() throws Exception {
    FaqServiceUnavailableException failure = new FaqServiceUnavailableException("down", null, null, 1, null);
    GatedRepository gated = new GatedRepository(() -> {
      throw failure;
    });
    CachingHelpdesk cache = CachingHelpdesk.builder(gated).build();
    gated.releaseWhen(() -> cache.statistics().lookups() == THREADS);

    List<Future<Object>> results = lookUpAtOnce(cache);

    for (Future<Object> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(failure);
    }
    assertThat(gated.calls()).isEqualTo(1);

    gated.answerWith(() -> Optional.empty());
    assertThat(cache.findById(ContractData.KNOWN_FAQ_ID)).isEmpty();
    assertThat(gated.calls()).isEqualTo(2);
  }

  /** Every thread looks up the known id at once; each result is the answer or the exception thrown. */
  private List<Future<Object>> lookUpAtOnce(Helpdesk cache) {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      results.add(pool.submit(() -> {
        start.await();
        try {
          return cache.findById(ContractData.KNOWN_FAQ_ID);
        } catch (RuntimeException thrown) {
          return thrown;
        }
      }));
    }
    start.countDown();
    return results;
  }

  /** A repository whose lookups count themselves and hold on until a condition holds (or fail the test). */
  /** A helpdesk whose lookups by id wait at a gate; nothing else is used here. */
  private static final class GatedRepository extends ForwardingHelpdesk {
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Supplier<Optional<Faq>> answer;
    private volatile Supplier<Boolean> release = () -> true;

    GatedRepository(Supplier<Optional<Faq>> answer) {
      super(FakeHelpdesk.builder().build());
      this.answer = answer;
    }

    void releaseWhen(Supplier<Boolean> condition) {
      this.release = condition;
    }

    void answerWith(Supplier<Optional<Faq>> next) {
      this.answer = next;
      this.release = () -> true;
    }

    int calls() {
      return calls.get();
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      calls.incrementAndGet();
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!release.get()) {
        if (System.nanoTime() > giveUp) {
          fail("the other lookups never arrived while the load was under way");
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      return answer.get();
    }
  }
}
