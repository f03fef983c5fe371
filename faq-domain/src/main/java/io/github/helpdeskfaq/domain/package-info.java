/**
 * The language of the helpdesk knowledge base, free of any framework: the {@link io.github.helpdeskfaq.domain.Faq}
 * and {@link io.github.helpdeskfaq.domain.Category} records, their validated identifiers, rich text, and the values
 * that listing, search and the category tree take and give ({@link io.github.helpdeskfaq.domain.FaqFilter},
 * {@link io.github.helpdeskfaq.domain.SearchQuery}, {@link io.github.helpdeskfaq.domain.Page},
 * {@link io.github.helpdeskfaq.domain.CategoryQuery}). The ports that read them, and the errors those throw, are in
 * {@link io.github.helpdeskfaq.domain.port}.
 *
 * <p>Everything in this package is non-null by default: parameters and return values are never {@code null};
 * an absent value is an {@link java.util.Optional}, an absent collection is empty. All types are immutable.
 * This package depends on {@code java.*} only.
 */
package io.github.helpdeskfaq.domain;
