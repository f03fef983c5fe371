/**
 * The ports that adapters implement, one per capability, and what their calls throw:
 * {@link io.github.helpdeskfaq.domain.port.FaqRepository} (a FAQ and its images by id),
 * {@link io.github.helpdeskfaq.domain.port.FaqCatalog} (listing and searching, paged lazily) and
 * {@link io.github.helpdeskfaq.domain.port.CategoryRepository} (the category tree), all of them in the
 * {@link io.github.helpdeskfaq.domain.port.Helpdesk} that an adapter's entry class implements;
 * {@link io.github.helpdeskfaq.domain.port.ForwardingHelpdesk}, the base of a decorator; the write port,
 * {@link io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter}, apart from the read ports and joined to them in the
 * {@link io.github.helpdeskfaq.domain.port.WritableHelpdesk} of an adapter that writes (with
 * {@link io.github.helpdeskfaq.domain.port.ForwardingWritableHelpdesk}); and the unchecked error hierarchy rooted at
 * {@link io.github.helpdeskfaq.domain.port.FaqRepositoryException}, with the
 * {@link io.github.helpdeskfaq.domain.port.Diagnostics} each failure carries.
 *
 * <p>Non-null by default, as in {@link io.github.helpdeskfaq.domain}. This package depends on that one, on
 * {@link io.github.helpdeskfaq.domain.change} (what a writer sends) and on {@code java.*} only.
 */
package io.github.helpdeskfaq.domain.port;
