package io.github.helpdeskfaq.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** The top-level command {@code faq-app}: only its subcommands do something; alone it is a usage error. */
@Command(name = "faq-app", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads a Feishu / Lark helpdesk knowledge base: lists, searches and prints FAQs, shows the "
        + "category tree, downloads a FAQ's images, exports it as Markdown, mirrors the whole knowledge base. Runs on the in-memory fake with demo data unless told otherwise (--adapter, $FAQ_ADAPTER).",
    footerHeading = "%nEnvironment:%n")
final class FaqAppCommand {

  /** The footer of {@code faq-app --help}: the environment variables, from {@link FeishuSettings#describe()}. */
  static String[] environmentHelp() {
    List<String> lines = new ArrayList<>();
    lines.add(line(Adapter.VARIABLE, "fake (default) or feishu"));
    FeishuSettings.describe().forEach(entry -> lines.add(line(entry.getKey(), entry.getValue())));
    ReplicaSettings.describe().forEach(entry -> lines.add(line(entry.getKey(), entry.getValue())));
    lines.add("A blank value counts as unset; an unset one keeps the adapter's default. More in the README.");
    return lines.toArray(String[]::new);
  }

  private static String line(String variable, String description) {
    // Picocli expands %n and friends in the footer: escape the description's own percent signs.
    return "  " + variable + "%n      " + description.replace("%", "%%");
  }
}
