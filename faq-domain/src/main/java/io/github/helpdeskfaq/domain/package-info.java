/**
 * The language of the helpdesk knowledge base, free of any framework: the {@link io.github.helpdeskfaq.domain.Faq}
 * records, validated identifiers, the unchecked error hierarchy rooted at
 * {@link io.github.helpdeskfaq.domain.FaqRepositoryException}, and the ports that adapters implement, one per
 * capability: {@link io.github.helpdeskfaq.domain.FaqRepository} (a FAQ and its images by id),
 * {@link io.github.helpdeskfaq.domain.FaqCatalog} (listing and searching, paged lazily) and
 * {@link io.github.helpdeskfaq.domain.CategoryRepository} (the category tree), all of them in the
 * {@link io.github.helpdeskfaq.domain.Helpdesk} that an adapter's entry class implements, and
 * {@link io.github.helpdeskfaq.domain.ForwardingHelpdesk}, the base of a decorator.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null};
 * an absent value is an {@link java.util.Optional}, an absent collection is empty. All types are immutable.
 * This package depends on {@code java.*} only.
 */
package io.github.helpdeskfaq.domain;
