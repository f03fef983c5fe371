package io.github.helpdeskfaq.app.render;

/**
 * A monotonic clock in nanoseconds, for progress and elapsed time: {@link #SYSTEM} in the program, one that a test
 * moves by hand in tests, so that nothing the program prints depends on how fast the machine is.
 */
@FunctionalInterface
public interface Ticker {

  /** {@link System#nanoTime()}. */
  Ticker SYSTEM = System::nanoTime;

  /** The time in nanoseconds since an arbitrary origin; only differences mean anything. */
  long nanoTime();
}
