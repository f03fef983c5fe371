package io.github.helpdeskfaq.app.exit;

import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.util.Objects;

/**
 * A failure of the service, with what to do about it that the command knows and the service does not (such as how
 * to sign in again when a write is refused). {@link Failures} classifies it as the failure itself, with the remedy as
 * its last note.
 */
public final class RemediedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String remedy;

  /**
   * A failure and its remedy.
   *
   * @param failure what the service said
   * @param remedy one sentence: what to do
   */
  public RemediedFailure(FaqRepositoryException failure, String remedy) {
    super(failure.getMessage(), Objects.requireNonNull(failure, "failure"));
    this.remedy = Objects.requireNonNull(remedy, "remedy");
  }

  /** The failure of the service. @return the cause */
  FaqRepositoryException failure() {
    return (FaqRepositoryException) getCause();
  }

  /** What to do about it. @return the sentence */
  String remedy() {
    return remedy;
  }
}
