package io.github.helpdeskfaq.domain.port;

/**
 * A {@link Helpdesk} that can also be written: the entry class of an adapter that writes implements it. An
 * application that only reads holds a {@link Helpdesk} or one of the read ports and never sees the writer. A
 * decorator extends {@link ForwardingWritableHelpdesk}.
 */
public interface WritableHelpdesk extends Helpdesk, KnowledgeBaseWriter {
}
