package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;

/**
 * Writes the knowledge base: creates, changes and deletes FAQs and categories. A port apart from the read ports, so
 * that a read-only application never sees it; the adapters that can write implement it in their
 * {@link WritableHelpdesk}.
 *
 * <p>Implementations are safe for concurrent use. Values ({@link NewFaq}, {@link FaqChange}, ...) are validated when
 * made, and ids are checked with {@code requireWellFormed()} before any I/O; {@code null} is refused with a
 * {@link NullPointerException}. Failures are the exceptions of {@link FaqRepository}, and one of writing's own: a
 * create whose outcome is unknown is a {@link FaqWriteOutcomeUnknownException}, never a second FAQ.
 *
 * <p>After a write returns, every read of the same helpdesk shows it: a created FAQ is found by its id, a change is
 * read back, a deleted FAQ is gone from lookups, listings and searches.
 */
public interface KnowledgeBaseWriter {

  /**
   * Creates a FAQ.
   *
   * @param faq what to create
   * @return the FAQ as the helpdesk recorded it, with its new id
   * @throws FaqWriteOutcomeUnknownException if the request was sent, its answer lost, and the FAQ it may have made
   *     could not be told apart; check the helpdesk before creating it again
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  Faq createFaq(NewFaq faq);

  /**
   * Changes the fields that {@code change} names, and no other.
   *
   * @param id the FAQ's id
   * @param change what to change
   * @return true if the FAQ was changed, false if there is no FAQ with that id
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  boolean updateFaq(FaqId id, FaqChange change);

  /**
   * Deletes a FAQ and its images.
   *
   * @param id the FAQ's id
   * @return true if the FAQ was deleted, false if there was none with that id
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  boolean deleteFaq(FaqId id);

  /**
   * Creates a category.
   *
   * @param category what to create
   * @return the category as the helpdesk recorded it, with its new id
   * @throws FaqWriteOutcomeUnknownException as {@link #createFaq} does
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  Category createCategory(NewCategory category);

  /**
   * Renames or moves a category.
   *
   * @param id the category's id; it must pass {@link CategoryId#requireWellFormed()}
   * @param change what to change
   * @return true if the category was changed, false if there is none with that id
   * @throws IllegalArgumentException if the id is not well-formed, before any I/O
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  boolean updateCategory(CategoryId id, CategoryChange change);

  /**
   * Deletes a category.
   *
   * @param id the category's id; it must pass {@link CategoryId#requireWellFormed()}
   * @return true if the category was deleted, false if there was none with that id
   * @throws IllegalArgumentException if the id is not well-formed, before any I/O
   * @throws FaqRepositoryException or a subclass, as {@link FaqRepository#findById} does
   */
  boolean deleteCategory(CategoryId id);
}
