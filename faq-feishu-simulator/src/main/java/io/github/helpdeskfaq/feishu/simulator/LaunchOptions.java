package io.github.helpdeskfaq.feishu.simulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The standalone simulator's command line ({@link Main}): {@code --port}, {@code --data}, the four credentials and
 * {@code --help}, each option as {@code --name value} or {@code --name=value}, each at most once.
 *
 * @param port the port; 0 for a free one
 * @param data the file of FAQs to serve, if any
 * @param credentials the credentials to accept
 * @param help whether the usage was asked for
 */
record LaunchOptions(int port, Optional<Path> data, Credentials credentials, boolean help) {

  static final String USAGE = String.join("\n",
      "Usage: java -jar faq-feishu-simulator.jar [--port PORT] [--data FILE] [--app-id ID] [--app-secret SECRET]",
      "                                          [--helpdesk-id ID] [--helpdesk-token TOKEN] [--help]",
      "",
      "A Feishu helpdesk on 127.0.0.1, for local development: tenant tokens, FAQs, list and search, images and",
      "categories in Feishu's wire format. Prints its base URL as the first line, then serves until stopped.",
      "",
      "  --port PORT             the port to listen on; 0 (the default): a free one",
      "  --data FILE             FAQs to serve: one Feishu FAQ-detail response or a JSON array of them, with",
      "                          their images beside FILE as <image-key>.<ext>; default: none",
      "  --app-id ID             the app id it issues tenant tokens to; default " + Credentials.DEFAULT.appId(),
      "  --app-secret SECRET     that app's secret; default " + Credentials.DEFAULT.appSecret(),
      "  --helpdesk-id ID        the helpdesk id of X-Lark-Helpdesk-Authorization; default "
          + Credentials.DEFAULT.helpdeskId(),
      "  --helpdesk-token TOKEN  the helpdesk token of that header; default " + Credentials.DEFAULT.helpdeskToken(),
      "  --help                  this text");

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException naming the argument that is wrong, and why
   */
  static LaunchOptions parse(String... args) {
    Integer port = null;
    Path data = null;
    String appId = null;
    String appSecret = null;
    String helpdeskId = null;
    String helpdeskToken = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ("--help".equals(arg) || "-h".equals(arg)) {
        help = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      String value;
      if (equals > 0 && arg.startsWith("--")) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      switch (name) {
        case "--port" -> port = once(name, port, port(value));
        case "--data" -> data = once(name, data, Path.of(nonBlank(name, value)));
        case "--app-id" -> appId = once(name, appId, nonBlank(name, value));
        case "--app-secret" -> appSecret = once(name, appSecret, nonBlank(name, value));
        case "--helpdesk-id" -> helpdeskId = once(name, helpdeskId, nonBlank(name, value));
        case "--helpdesk-token" -> helpdeskToken = once(name, helpdeskToken, nonBlank(name, value));
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    Credentials defaults = Credentials.DEFAULT;
    Credentials credentials = new Credentials(appId == null ? defaults.appId() : appId,
        appSecret == null ? defaults.appSecret() : appSecret,
        helpdeskId == null ? defaults.helpdeskId() : helpdeskId,
        helpdeskToken == null ? defaults.helpdeskToken() : helpdeskToken);
    return new LaunchOptions(port == null ? 0 : port, Optional.ofNullable(data), credentials, help);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535, was '" + value + "'");
  }

  private static String nonBlank(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static <T> T once(String name, T previous, T value) {
    if (previous != null) {
      throw new IllegalArgumentException(name + " is given twice");
    }
    return value;
  }

  /** The port, the file and the ids; the secrets masked. */
  @Override
  public String toString() {
    return "LaunchOptions[port=" + port + ", data=" + data.map(Path::toString).orElse("none") + ", " + credentials
        + (help ? ", help" : "") + "]";
  }
}
