package io.github.helpdeskfaq.app.command;

import picocli.CommandLine.Command;

/** The top-level command {@code faq-app}: only its subcommands do something; alone it is a usage error. */
@Command(name = "faq-app", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads and writes a Feishu / Lark helpdesk knowledge base: lists, searches and prints FAQs, shows "
        + "the category tree, downloads a FAQ's images, exports it as Markdown, mirrors the whole knowledge base; "
        + "creates, changes and deletes FAQs and categories as a signed-in agent (login). Runs on the in-memory fake "
        + "with demo data unless told otherwise (--adapter, $FAQ_ADAPTER).",
    footerHeading = "%nEnvironment:%n")
final class FaqAppCommand {
}
