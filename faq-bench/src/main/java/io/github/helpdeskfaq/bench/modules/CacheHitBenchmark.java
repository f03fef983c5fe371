package io.github.helpdeskfaq.bench.modules;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.bench.fixture.Seed;
import io.github.helpdeskfaq.cache.CacheStatistics;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A hit of faq-cache: {@link CachingHelpdesk} in front of the fake, every FAQ loaded before the measurement.
 * With one key every thread asks for the same FAQ (the hot entry that threads meet on); with 1,024, each thread
 * walks through them from its own starting point. Throughput; the tear-down checks that the fake underneath was
 * called once per key in all, so that every measured call was a hit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CacheHitBenchmark {

  /** How many FAQs are looked up: a power of two. */
  @Param({"1", "1024"})
  public int keys;

  private FakeHelpdesk fake;
  private CachingHelpdesk cache;
  private FaqId[] ids;

  /** Builds the cache and loads every FAQ into it. */
  @Setup
  public void setUp() {
    if (Integer.bitCount(keys) != 1) {
      throw new IllegalArgumentException("keys must be a power of two, was " + keys);
    }
    Faq seed = Seed.faq();
    List<Faq> faqs = new ArrayList<>();
    ids = new FaqId[keys];
    for (int i = 0; i < keys; i++) {
      ids[i] = i == 0 ? Seed.FAQ : FaqId.of(Long.toString(Long.parseLong(Seed.FAQ_ID) + i));
      faqs.add(seed.toBuilder().id(ids[i]).build());
    }
    fake = FakeHelpdesk.builder().faqs(faqs).build();
    cache = CachingHelpdesk.builder(fake).timeToLive(Duration.ofHours(1)).build();
    for (FaqId id : ids) {
      if (!Seed.QUESTION.equals(cache.findById(id).orElseThrow().question().orElse(null))) {
        throw new IllegalStateException("the cache did not get FAQ " + id);
      }
    }
  }

  /** Where one benchmark thread is in the keys. */
  @State(Scope.Thread)
  public static class Cursor {
    int next = ThreadLocalRandom.current().nextInt(1 << 20);
  }

  /** One lookup, answered from the cache. */
  @Benchmark
  public Optional<Faq> hit(Cursor cursor) {
    return cache.findById(ids[cursor.next++ & (keys - 1)]);
  }

  /** Fails the run if any measured lookup reached the fake. */
  @TearDown
  public void checkEveryLookupHit() {
    CacheStatistics statistics = cache.statistics();
    if (fake.calls().size() != keys || statistics.misses() != keys) {
      throw new IllegalStateException("expected one miss per key and no other call underneath: " + statistics
          + ", " + fake.calls().size() + " calls underneath");
    }
  }
}
