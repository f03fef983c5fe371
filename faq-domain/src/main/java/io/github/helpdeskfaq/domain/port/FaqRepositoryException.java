package io.github.helpdeskfaq.domain.port;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A failure to read the knowledge base. The subclasses name the outcomes a caller usually handles; this class itself
 * stands for any other failure the service reported.
 *
 * <p>It carries data, not text to be parsed: {@link #description()} says what happened in words,
 * {@link #serviceCode()} the service's own code, if it gave one, and {@link #diagnostics()} what else it said (its log
 * id, the missing scope, links to help). {@link #getMessage()} is rendered from them, for people:
 * {@code "<summary> <diagnostics>"}, where {@link #summary()} is {@code "<description> (code <serviceCode>)"} and the
 * diagnostics are shown as {@link Diagnostics#toString()} says, only when there are some. Messages never contain
 * credentials or tokens.
 */
public class FaqRepositoryException extends RuntimeException {

  private static final long serialVersionUID = 3L;

  private final String description;
  /** Null when the service gave none: an {@code OptionalInt} is not serializable. */
  private final Integer serviceCode;
  private final Diagnostics diagnostics;

  /**
   * A failure without diagnostics.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param cause the underlying failure, or null
   */
  public FaqRepositoryException(String description, Integer serviceCode, Throwable cause) {
    this(description, serviceCode, Diagnostics.none(), cause);
  }

  /**
   * A failure.
   *
   * @param description what went wrong, readable by a person, without the code
   * @param serviceCode the service's code for it, or null
   * @param diagnostics what else the service said; {@link Diagnostics#none()} when nothing
   * @param cause the underlying failure, or null
   */
  public FaqRepositoryException(String description, Integer serviceCode, Diagnostics diagnostics, Throwable cause) {
    super(description, cause);
    this.description = String.valueOf(description);
    this.serviceCode = serviceCode;
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics must not be null (use Diagnostics.none())");
  }

  /**
   * What went wrong, in words, without the data that the other accessors carry.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The service's code for this failure.
   *
   * @return the code, when the service gave one
   */
  public OptionalInt serviceCode() {
    return serviceCode == null ? OptionalInt.empty() : OptionalInt.of(serviceCode);
  }

  /**
   * What the service said beyond its code: its log id, the missing scope, links to help.
   *
   * @return the diagnostics; {@link Diagnostics#none()} when it said nothing more
   */
  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /**
   * The message without the diagnostics, for a caller that shows them apart: the description followed by the code,
   * when there is one ({@code "no access (code 154003)"}); a subclass adds its own data.
   *
   * @return the summary
   */
  public String summary() {
    return serviceCode == null ? description : description + " (code " + serviceCode + ")";
  }

  /** The {@link #summary()}, followed by the diagnostics when there are some. */
  @Override
  public String getMessage() {
    String shown = diagnostics.parts();
    return shown.isEmpty() ? summary() : summary() + " (" + shown + ")";
  }
}
