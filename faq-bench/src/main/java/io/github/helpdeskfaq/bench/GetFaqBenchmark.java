package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.bench.fixture.BenchClient;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Endpoint;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Get FAQ 6936004780707807231 from the loopback server and map it to the client's typed object: throughput, one
 * client per fork, shared by all benchmark threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetFaqBenchmark extends GetFaqClientState {

  /** Which client: see {@link Clients#ALL}. */
  @Param({Clients.ADAPTER, Clients.OFFICIAL_SDK, Clients.FAKE, Clients.RAW_SOCKET})
  public String client;

  @Override
  protected BenchClient createClient() throws Exception {
    return Clients.create(client, Endpoint.get(), false);
  }
}
