package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.bench.fixture.BenchClient;
import io.github.helpdeskfaq.bench.fixture.Clients;
import io.github.helpdeskfaq.bench.fixture.Endpoint;
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
 * Download the 64 MiB image and digest it (SHA-256): time per download, one client per fork. Each client's digest
 * is checked against the server's before it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImageBenchmark {

  /** Which client: see {@link Clients#IMAGE}. */
  @Param({Clients.ADAPTER, Clients.OFFICIAL_SDK, Clients.FAKE, Clients.RAW_SOCKET})
  public String client;

  private BenchClient bench;

  /** Creates and checks the client. */
  @Setup
  public void setUp() throws Exception {
    bench = Clients.create(client, Endpoint.get(), true);
  }

  /** Releases the client. */
  @TearDown
  public void tearDown() {
    bench.close();
  }

  /** One download and digest. */
  @Benchmark
  public byte[] image() throws Exception {
    return bench.imageSha256();
  }
}
