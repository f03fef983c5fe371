package io.github.helpdeskfaq.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap growth during one 64 MiB download, for one client in a fresh JVM (JMH's {@code -prof gc} gives allocation,
 * not growth). The client is created and checked (which downloads the image once, so that classes and connections
 * are warm), the heap is collected, the peak usage of every heap pool is reset; then one download and digest; the
 * growth is the sum of the pools' peaks minus the heap used before. Summing per-pool peaks can only overstate it.
 *
 * <p>Prints one line, {@code heap-growth-bytes N}; exits non-zero when the client fails (in a small {@code -Xmx},
 * an {@link OutOfMemoryError} is the answer to "does it fit").
 */
public final class HeapGrowthProbe {

  static final String RESULT_PREFIX = "heap-growth-bytes ";

  private HeapGrowthProbe() {}

  /**
   * Measures one client.
   *
   * @param args the client's name
   */
  public static void main(String[] args) throws Exception {
    Endpoint endpoint = Endpoint.get();
    try (BenchClient client = Clients.create(args[0], endpoint, true)) {
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      byte[] digest = client.imageSha256();
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      if (!endpoint.imageSha256.equals(Digests.hex(digest))) {
        throw new IllegalStateException(args[0] + ": wrong SHA-256 of the image");
      }
      System.out.println(RESULT_PREFIX + Math.max(0, peak - before));
    }
  }
}
