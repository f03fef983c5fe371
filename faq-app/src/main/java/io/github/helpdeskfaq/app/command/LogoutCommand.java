package io.github.helpdeskfaq.app.command;

import io.github.helpdeskfaq.app.exit.ExitCode;
import io.github.helpdeskfaq.app.render.TerminalText;
import io.github.helpdeskfaq.app.settings.UserTokenSettings;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code logout}: removes the user tokens that {@code login} saved. */
@Command(name = LogoutCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Removes the user tokens that login saved in the token file (FEISHU_USER_TOKEN_FILE). They are "
        + "removed from this machine only: Feishu honours them until they expire, or until the user revokes the "
        + "app's access. Prints on standard error only.")
final class LogoutCommand implements Callable<Integer> {

  static final String NAME = "logout";

  @Spec
  CommandSpec spec;

  private final Invocation invocation;

  LogoutCommand(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation");
  }

  @Override
  public Integer call() {
    UserTokenSettings tokens = UserTokenSettings.fromEnvironment(invocation.environment());
    String file = TerminalText.escape(tokens.file().toString());
    invocation.reporter().line(spec.qualifiedName(), tokens.signOut() ? "signed out: removed the user tokens in "
        + file : "no user tokens were saved in " + file);
    if (tokens.fixedToken()) {
      invocation.reporter().warning(spec.qualifiedName(), "FEISHU_USER_ACCESS_TOKEN is still set: writes send it");
    }
    return ExitCode.SUCCESS;
  }
}
