package io.github.helpdeskfaq.bench;

import io.github.helpdeskfaq.bench.fixture.BenchClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the get-FAQ benchmarks share: one client per fork, created and checked (it really gets the FAQ) before it is
 * measured, shared by all benchmark threads as an application shares it, and closed after the fork's iterations.
 * The subclasses say where the client gets the FAQ from.
 */
@State(Scope.Benchmark)
public abstract class GetFaqClientState {

  private BenchClient bench;

  /**
   * Creates and checks the client this fork measures.
   *
   * @return the client
   * @throws Exception if it cannot be created or does not get the FAQ
   */
  protected abstract BenchClient createClient() throws Exception;

  /** Creates and checks the client. */
  @Setup
  public void setUp() throws Exception {
    bench = createClient();
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
