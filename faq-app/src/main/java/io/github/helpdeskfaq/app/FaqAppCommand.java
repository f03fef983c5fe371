package io.github.helpdeskfaq.app;

import picocli.CommandLine.Command;

/** The top-level command {@code faq-app}: only its subcommands do something; alone it is a usage error. */
@Command(name = "faq-app", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads a Feishu / Lark helpdesk knowledge base: prints a FAQ, downloads its images, exports it "
        + "as Markdown. Runs on the in-memory fake with demo data unless told otherwise (--adapter, $FAQ_ADAPTER).",
    footerHeading = "%nEnvironment:%n",
    footer = {
        "  FAQ_ADAPTER                  fake (default) or feishu",
        "  FEISHU_*                     the Feishu adapter's settings: see the README"})
final class FaqAppCommand {
}
