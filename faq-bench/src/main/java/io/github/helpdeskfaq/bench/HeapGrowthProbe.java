package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.bench.fixture.BenchClient;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Digests;
import io.github.helpdeskfaq.bench.fixture.Endpoint;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Heap growth during one 64 MiB download, for one client in a fresh JVM (JMH's {@code -prof gc} gives allocation,
 * not growth). The client is created and checked (which downloads the image once, so that classes and connections
 * are warm) and the heap is collected; then, while one download and digest runs, a sampler reads the heap in use
 * every 0.2 ms. The growth is the highest reading (the last included) minus the reading before the download: what
 * the download needed on top of what the program already held, garbage not yet collected included.
 *
 * <p>Prints one line, {@code heap-growth-bytes N}; exits non-zero when the client fails (in a small {@code -Xmx},
 * an {@link OutOfMemoryError} is the answer to "does it fit").
 */
public final class HeapGrowthProbe {

  static final String RESULT_PREFIX = "heap-growth-bytes ";
  private static final long SAMPLE_EVERY_NANOS = 200_000;

  private HeapGrowthProbe() {}

  /**
   * Measures one client.
   *
   * @param args the client's name
   */
  public static void main(String[] args) throws Exception {
    Endpoint endpoint = Endpoint.get();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (BenchClient client = Clients.create(args[0], endpoint, true)) {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      long before = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(before);
      AtomicBoolean downloading = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (downloading.get()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          LockSupport.parkNanos(SAMPLE_EVERY_NANOS);
        }
      }, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
      byte[] digest;
      try {
        digest = client.imageSha256();
      } finally {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        downloading.set(false);
        sampler.join();
      }
      if (!endpoint.imageSha256.equals(Digests.hex(digest))) {
        throw new IllegalStateException(args[0] + ": wrong SHA-256 of the image");
      }
      System.out.println(RESULT_PREFIX + Math.max(0, peak.get() - before));
    }
  }
}
