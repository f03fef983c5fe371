package io.github.helpdeskfaq.spring.boot.autoconfigure;

import java.util.List;

/**
 * The {@code helpdesk.*} properties cannot make the helpdesk asked for: some are missing, one is refused, or a
 * module they need is not on the class path. It names the properties and never holds a value;
 * {@link HelpdeskFailureAnalyzer} turns it into Spring Boot's start-up failure report.
 */
final class HelpdeskSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> properties;
  private final String action;

  private HelpdeskSettingsException(String message, List<String> properties, String action) {
    super(message);
    this.properties = List.copyOf(properties);
    this.action = action;
  }

  /** Required properties that are not set, each with how it may be set. */
  static HelpdeskSettingsException missing(String why, List<String> properties) {
    return new HelpdeskSettingsException(why + " needs " + String.join(", ", properties) + ", which "
        + (properties.size() == 1 ? "is" : "are") + " not set", properties,
        "Set " + String.join(" and ", properties) + " (from an environment variable or a secret store, for "
            + "example), or set helpdesk.adapter=fake for tests and local development.");
  }

  /** A property whose value the module refused, as the module's builder worded it (never quoting a secret). */
  static HelpdeskSettingsException invalid(String property, String reason) {
    return new HelpdeskSettingsException("Invalid value of " + property + ": " + reason, List.of(property),
        "Correct " + property + ".");
  }

  /** A property that needs a module that is not on the class path. */
  static HelpdeskSettingsException moduleMissing(String property, String artifactId) {
    return new HelpdeskSettingsException(property + " is set, which needs " + artifactId + ", not on the class path",
        List.of(property), "Add the dependency io.github.helpdeskfaq:" + artifactId + ", or remove " + property
            + ".");
  }

  /** The properties to set or correct, in the order named. */
  List<String> properties() {
    return properties;
  }

  /** What to do about it. */
  String action() {
    return action;
  }
}
