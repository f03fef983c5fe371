package io.github.helpdeskfaq.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Get FAQ 6936004780707807231 without a network ({@link InMemoryFeishu}): each client's own work per call, time
 * and allocation, free of the loopback round trip and of thread placement, which make the network figures move by
 * ±15 % at 8 threads on 2 CPUs. Average time per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientWorkBenchmark extends GetFaqClientState {

  /** Which client: see {@link Clients#IN_MEMORY}. */
  @Param({Clients.ADAPTER, Clients.FLOOR, Clients.RETROFIT, Clients.OFFICIAL_SDK})
  public String client;

  @Override
  protected BenchClient createClient() throws Exception {
    return Clients.inMemory(client);
  }
}
