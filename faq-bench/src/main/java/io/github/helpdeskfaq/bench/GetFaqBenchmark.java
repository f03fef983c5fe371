package io.github.helpdeskfaq.bench;

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
 * Get FAQ 6936004780707807231 and map it to the client's typed object: throughput, one client per fork, shared by
 * all benchmark threads as an application shares it. Each client is checked to really get the FAQ before it is
 * measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetFaqBenchmark {

  /** Which client: see {@link Clients#ALL}. */
  @Param({Clients.ADAPTER, Clients.FLOOR, Clients.OFFICIAL_SDK, Clients.FAKE, Clients.RAW_SOCKET})
  public String client;

  private BenchClient bench;

  /** Creates and checks the client. */
  @Setup
  public void setUp() throws Exception {
    bench = Clients.create(client, Endpoint.get(), false);
  }

  /** Releases the client. */
  @TearDown
  public void tearDown() {
    bench.close();
  }

  /** One get. */
  @Benchmark
  public Object getFaq() throws Exception {
    return bench.getFaq();
  }
}
