package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.app.exit.UsageException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The adapters the program can run on: {@code --adapter}, else {@code $FAQ_ADAPTER}, else {@code fake}. */
public enum Adapter {
  /** The in-memory fake, with bundled demo data or {@code --fake-data}. */
  FAKE,
  /** Feishu's Open Platform, configured from the environment (see {@link FeishuSettings}). */
  FEISHU;

  /** The environment variable that chooses the adapter when {@code --adapter} does not. */
  public static final String VARIABLE = "FAQ_ADAPTER";

  /** The name used on the command line and in the environment. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The adapter chosen by the option, else by the environment, else the fake.
   *
   * @param option the value of {@code --adapter}, or null when not given
   * @throws UsageException if the chosen name is not an adapter
   */
  public static Adapter resolve(String option, Map<String, String> environment) {
    if (option != null) {
      return parse(option, "--adapter");
    }
    String fromEnvironment = environment.get(VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return parse(fromEnvironment, VARIABLE);
    }
    return FAKE;
  }

  private static Adapter parse(String value, String source) {
    String wanted = value.strip();
    return Arrays.stream(values())
        .filter(adapter -> adapter.displayName().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(() -> new UsageException("unknown adapter '" + wanted + "' (from " + source + "): expected "
            + Arrays.stream(values()).map(Adapter::displayName).collect(Collectors.joining(" or "))));
  }
}
