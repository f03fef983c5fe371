package io.github.helpdeskfaq.domain.port;

/**
 * A create was sent, its answer was lost (a timeout, a dropped connection), and whether it made anything could not
 * be told. It is not retried: a create repeated blindly makes a second FAQ. The description says what to check
 * before creating it again.
 */
public class FaqWriteOutcomeUnknownException extends FaqRepositoryException {

  private static final long serialVersionUID = 1L;

  /**
   * An unknown outcome.
   *
   * @param description what was being written and what to check, readable by a person
   * @param cause the failure that lost the answer, or null
   */
  public FaqWriteOutcomeUnknownException(String description, Throwable cause) {
    super(description, null, cause);
  }
}
