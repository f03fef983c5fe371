package io.github.helpdeskfaq.domain.port;

/**
 * A whole helpdesk knowledge base: every port in one. Each adapter's entry class implements it, and a program or a
 * framework that wires an adapter holds one; an application that needs one capability depends on that port alone
 * ({@link FaqRepository}, {@link FaqCatalog} or {@link CategoryRepository}). A decorator extends
 * {@link ForwardingHelpdesk} and overrides only what it decorates.
 *
 * <p>Implementations are safe for concurrent use; failures are the exceptions of {@link FaqRepository}.
 */
public interface Helpdesk extends FaqRepository, FaqCatalog, CategoryRepository {
}
