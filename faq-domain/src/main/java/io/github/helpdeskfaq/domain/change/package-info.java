/**
 * What a writer sends to the knowledge base ({@link io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter}): a new
 * FAQ or category, and a change to one. Each value is validated when made, so that a bad one never reaches a
 * writer, and holds only what the caller named: a change leaves every field it does not name as it is.
 */
package io.github.helpdeskfaq.domain.change;
