package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.adapter.feishu.FeishuSignIn;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.app.interaction.LoopbackRedirect;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.app.settings.Adapters;
import io.github.helpdeskfaq.app.settings.UserTokenSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code login [--port PORT] [--timeout SECONDS] [--no-browser]}: a user's sign-in to Feishu from a terminal (OAuth's
 * authorization code with a loopback redirect), whose tokens the commands that write use. The page is printed and
 * opened; the redirect must carry a fresh random {@code state}; the tokens are saved before this ends.
 */
@Command(name = LoginCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Signs in to Feishu as an agent of the helpdesk, for the commands that write: shows the "
        + "platform's sign-in page (and opens it in the browser when there is one), receives the answer on "
        + "http://127.0.0.1:PORT/callback, which must be a redirect URL of the app, and saves the user tokens in "
        + "the token file (FEISHU_USER_TOKEN_FILE), for this user only. Uses the FEISHU_* settings with the app's "
        + "credentials, whatever the adapter. Prints on standard error only.")
final class LoginCommand implements Callable<Integer> {

  static final String NAME = "login";
  /** Fixed, so that one redirect URL registered with the app serves every sign-in. */
  static final int DEFAULT_PORT = 8976;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
      description = "The port of the redirect URL registered with the app. Default: ${DEFAULT-VALUE}; 0: any free "
          + "port.")
  int port;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "How long to wait for the sign-in. Default: ${DEFAULT-VALUE}.")
  BigDecimal timeout;

  @Option(names = "--no-browser", description = "Only print the page to open; do not open a browser.")
  boolean noBrowser;

  @Option(names = Commands.VERBOSE, description = "On failure, print the stack trace too.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  private final Invocation invocation;

  LoginCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation");
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new UsageException("invalid --port " + port + ": expected 0 to 65535");
    }
    Duration wait = waitingTime();
    UserTokenSettings tokens = UserTokenSettings.fromEnvironment(invocation.environment());
    FeishuSignIn signIn = Adapters.signIn(invocation.environment(), tokens);
    String state = newState();
    UserTokens saved;
    try (LoopbackRedirect redirect = LoopbackRedirect.listen(port, state)) {
      URI page = signIn.authorizeUrl(redirect.uri(), state);
      say("sign in to Feishu on this page, in a browser on this machine:");
      invocation.err().println(TerminalText.escape(page.toString()));
      boolean opened = !noBrowser && invocation.browser().open(page);
      say((opened ? "opened it in the browser; " : "") + "waiting up to " + timeout.stripTrailingZeros()
          .toPlainString() + " s for the sign-in to come back to " + redirect.uri());
      saved = signIn.complete(redirect.awaitCode(wait), redirect.uri());
    }
    say("signed in; the user tokens are saved in " + TerminalText.escape(tokens.file().toString()));
    if (saved.refreshToken().isEmpty()) {
      invocation.reporter().warning(spec.qualifiedName(), "Feishu gave no refresh token (the app lacks the "
          + "offline_access scope): writes work until the access token expires, then sign in again");
    }
    if (tokens.fixedToken()) {
      invocation.reporter().warning(spec.qualifiedName(), "FEISHU_USER_ACCESS_TOKEN is set: writes send it, not "
          + "these tokens, until it is unset");
    }
    return ExitCode.SUCCESS;
  }

  private Duration waitingTime() {
    try {
      long millis = timeout.movePointRight(3).setScale(0, RoundingMode.UP).longValueExact();
      if (millis > 0) {
        return Duration.ofMillis(millis);
      }
    } catch (ArithmeticException tooLong) {
      // refused below
    }
    throw new UsageException("invalid --timeout " + timeout.toPlainString() + ": expected a number of seconds above 0");
  }

  /** 256 random bits, URL-safe: what the redirect must carry back. */
  private static String newState() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void say(String line) {
    invocation.reporter().line(spec.qualifiedName(), line);
  }
}
