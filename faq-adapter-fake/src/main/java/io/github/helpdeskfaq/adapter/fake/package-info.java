/**
 * An in-memory {@link io.github.helpdeskfaq.domain.port.FaqRepository} for tests and demos: seed it with FAQs and images,
 * inject failures and latency to exercise error paths, and assert on the calls it recorded. No I/O, thread-safe.
 *
 * <p>The one entry point is {@link io.github.helpdeskfaq.adapter.fake.FakeHelpdesk#builder()}. Non-null by
 * default: no parameter or return value is {@code null}.
 */
package io.github.helpdeskfaq.adapter.fake;
