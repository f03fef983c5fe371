/**
 * A mirror of a helpdesk's knowledge base in a folder, over any {@link io.github.helpdeskfaq.domain.port.Helpdesk}: a
 * Markdown page per FAQ with its images beside it, an index of the category tree, one JSON line per FAQ and a
 * manifest; incremental, crash-safe, one sync at a time per folder. And the way back: the mirror, edited by hand,
 * published to the helpdesk.
 *
 * <p>The public surface: {@link io.github.helpdeskfaq.mirror.Mirror} with its builder and report, the
 * {@link io.github.helpdeskfaq.mirror.MirrorListener} a display of progress implements,
 * {@link io.github.helpdeskfaq.mirror.Publisher} with its {@link io.github.helpdeskfaq.mirror.PublishPlan} and
 * {@link io.github.helpdeskfaq.mirror.PublishListener}, {@link io.github.helpdeskfaq.mirror.MarkdownAnswers} (Markdown
 * to rich text), the exceptions under
 * {@link io.github.helpdeskfaq.mirror.MirrorException}, and the formats of a mirror for a program that writes FAQs
 * one at a time: {@link io.github.helpdeskfaq.mirror.FaqFiles} (a FAQ's page and its images),
 * {@link io.github.helpdeskfaq.mirror.FaqJson} (FAQs and categories as JSON) and
 * {@link io.github.helpdeskfaq.mirror.ImageFiles} (the file names of images). Everything else is package-private and
 * may change freely. The JDK and {@code faq-domain} only.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null}.
 */
package io.github.helpdeskfaq.mirror;
