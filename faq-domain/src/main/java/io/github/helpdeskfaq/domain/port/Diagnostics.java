package io.github.helpdeskfaq.domain.port;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the service said about an answer beyond its code and message, for the people who act on a failure: the log id
 * that its support asks for, a troubleshooting link, the permissions the caller lacks (the missing scope), and links
 * to help (the page that grants the scope). Every {@link FaqRepositoryException} carries one; {@link #none()} when the
 * service said nothing more. An adapter fills in what it could read and drops what it could not: these are never a
 * reason for a failure of their own.
 *
 * <p>Immutable and serializable, as the exceptions that carry it. {@link #toString()} renders every part once, in one
 * line: {@code (log id 2024...; missing scope helpdesk:all:readonly; help https://...; troubleshooter https://...)},
 * each part only when present; the exceptions' messages end with it.
 */
public final class Diagnostics implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Diagnostics NONE = new Diagnostics(Optional.empty(), Optional.empty(), List.of(), List.of());

  /** Null when the service gave none: an {@code Optional} field is not serializable. */
  private final String logId;
  private final String troubleshooter;
  private final List<PermissionViolation> permissionViolations;
  private final List<Help> helps;

  /**
   * Diagnostics as the service gave them.
   *
   * @param logId the service's id of the answer, for its support
   * @param troubleshooter a link to the service's troubleshooting page for the failure
   * @param permissionViolations the permissions the caller lacks
   * @param helps links to help, such as the page that grants a missing permission
   */
  public Diagnostics(Optional<String> logId, Optional<String> troubleshooter,
      List<PermissionViolation> permissionViolations, List<Help> helps) {
    this.logId = Objects.requireNonNull(logId, "logId must not be null (use Optional.empty())").orElse(null);
    this.troubleshooter = Objects.requireNonNull(troubleshooter, "troubleshooter must not be null (use "
        + "Optional.empty())").orElse(null);
    this.permissionViolations = List.copyOf(permissionViolations);
    this.helps = List.copyOf(helps);
  }

  /**
   * The diagnostics of a service that said nothing more.
   *
   * @return the empty diagnostics
   */
  public static Diagnostics none() {
    return NONE;
  }

  /**
   * The service's id of the answer ({@code X-Tt-Logid} on Feishu): what its support asks for.
   *
   * @return the log id, when the service gave one
   */
  public Optional<String> logId() {
    return Optional.ofNullable(logId);
  }

  /**
   * A link to the service's troubleshooting page for this failure.
   *
   * @return the link, as the service gave it, when it did
   */
  public Optional<String> troubleshooter() {
    return Optional.ofNullable(troubleshooter);
  }

  /**
   * The permissions the caller lacks.
   *
   * @return the violations, in the service's order; empty when it named none
   */
  public List<PermissionViolation> permissionViolations() {
    return permissionViolations;
  }

  /**
   * Links to help.
   *
   * @return the links, in the service's order; empty when it gave none
   */
  public List<Help> helps() {
    return helps;
  }

  /**
   * Whether the service said nothing more.
   *
   * @return true for {@link #none()} and its equals
   */
  public boolean isEmpty() {
    return logId == null && troubleshooter == null && permissionViolations.isEmpty() && helps.isEmpty();
  }

  /**
   * A permission the caller lacks. Each part is as the service sent it, empty when it sent none.
   *
   * @param type the kind of violation, as the service names it
   * @param subject what is lacking: the missing scope, such as {@code helpdesk:all:readonly}
   * @param description the service's words for it
   */
  public record PermissionViolation(String type, String subject, String description) implements Serializable {

    /** Refuses {@code null}: an absent part is empty. */
    public PermissionViolation {
      Objects.requireNonNull(type, "type must not be null (use \"\")");
      Objects.requireNonNull(subject, "subject must not be null (use \"\")");
      Objects.requireNonNull(description, "description must not be null (use \"\")");
    }
  }

  /**
   * A link to help.
   *
   * @param url where the help is
   * @param description the service's words for it, empty when it sent none
   */
  public record Help(String url, String description) implements Serializable {

    /** Refuses {@code null}: an absent description is empty. */
    public Help {
      Objects.requireNonNull(url, "url must not be null");
      Objects.requireNonNull(description, "description must not be null (use \"\")");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Diagnostics that && Objects.equals(logId, that.logId)
        && Objects.equals(troubleshooter, that.troubleshooter)
        && permissionViolations.equals(that.permissionViolations) && helps.equals(that.helps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(logId, troubleshooter, permissionViolations, helps);
  }

  /** Every part once, in one line: see the class documentation; {@code ()} when there is nothing to show. */
  @Override
  public String toString() {
    return "(" + parts() + ")";
  }

  /** The parts that {@link #toString()} shows, without the parentheses; empty when there is nothing to show. */
  String parts() {
    List<String> parts = new ArrayList<>();
    if (logId != null) {
      parts.add("log id " + logId);
    }
    permissionViolations.stream().map(PermissionViolation::subject).filter(subject -> !subject.isEmpty())
        .forEach(subject -> parts.add("missing scope " + subject));
    helps.forEach(help -> parts.add("help " + help.url()));
    if (troubleshooter != null) {
      parts.add("troubleshooter " + troubleshooter);
    }
    return String.join("; ", parts);
  }
}
