package io.github.helpdeskfaq.bench;

/**
 * One way of doing the measured work against the loopback server: get the seed FAQ and map it to the client's typed
 * object; download the seed image and digest it. Implementations are thread-safe, as they are used from up to 8
 * benchmark threads at once.
 */
public interface BenchClient extends AutoCloseable {

  /**
   * Gets the seed FAQ.
   *
   * @return the client's typed object for it
   * @throws Exception whatever the client throws; the benchmark never measures a failing call
   */
  Object getFaq() throws Exception;

  /**
   * The question of a FAQ that {@link #getFaq()} returned, for the sanity check.
   *
   * @param faq what {@link #getFaq()} returned
   * @return its question
   */
  String questionOf(Object faq);

  /**
   * Downloads the seed image and digests it.
   *
   * @return its SHA-256
   * @throws Exception whatever the client throws
   */
  byte[] imageSha256() throws Exception;

  @Override
  void close();
}
