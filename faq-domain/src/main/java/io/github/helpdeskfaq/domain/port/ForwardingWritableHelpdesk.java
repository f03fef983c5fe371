package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import java.util.Objects;

/**
 * A {@link WritableHelpdesk} that passes every call on: reads to one helpdesk, writes to a writer, by default the
 * same one. The base of a decorator of a writable helpdesk, as {@link ForwardingHelpdesk} is of a read-only one;
 * a decorator of reads (a cache) passes its own reads and the writer underneath.
 */
public abstract class ForwardingWritableHelpdesk extends ForwardingHelpdesk implements WritableHelpdesk {

  private final KnowledgeBaseWriter writer;

  /**
   * A helpdesk that passes reads and writes on to {@code delegate}.
   *
   * @param delegate where the calls go
   */
  protected ForwardingWritableHelpdesk(WritableHelpdesk delegate) {
    this(delegate, delegate);
  }

  /**
   * A helpdesk that passes reads to {@code reads} and writes to {@code writer}.
   *
   * @param reads where the reads go
   * @param writer where the writes go
   */
  protected ForwardingWritableHelpdesk(Helpdesk reads, KnowledgeBaseWriter writer) {
    super(reads);
    this.writer = Objects.requireNonNull(writer, "writer must not be null");
  }

  /**
   * Where the writes go.
   *
   * @return the writer underneath
   */
  protected final KnowledgeBaseWriter writer() {
    return writer;
  }

  @Override
  public Faq createFaq(NewFaq faq) {
    return writer.createFaq(faq);
  }

  @Override
  public boolean updateFaq(FaqId id, FaqChange change) {
    return writer.updateFaq(id, change);
  }

  @Override
  public boolean deleteFaq(FaqId id) {
    return writer.deleteFaq(id);
  }

  @Override
  public Category createCategory(NewCategory category) {
    return writer.createCategory(category);
  }

  @Override
  public boolean updateCategory(CategoryId id, CategoryChange change) {
    return writer.updateCategory(id, change);
  }

  @Override
  public boolean deleteCategory(CategoryId id) {
    return writer.deleteCategory(id);
  }
}
