package io.github.helpdeskfaq.cache;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.ForwardingWritableHelpdesk;
import io.github.helpdeskfaq.domain.port.KnowledgeBaseWriter;

/**
 * Reads through a {@link CachingHelpdesk}, writes through the writer underneath, and forgets what a write makes
 * stale once the write has returned or failed (a failed write may still have happened): the FAQ written, or every
 * FAQ when a category is changed or deleted, since FAQs carry their categories' names.
 */
final class WriteThroughHelpdesk extends ForwardingWritableHelpdesk {

  private final CachingHelpdesk cache;

  WriteThroughHelpdesk(CachingHelpdesk cache, KnowledgeBaseWriter writer) {
    super(cache, writer);
    this.cache = cache;
  }

  @Override
  public Faq createFaq(NewFaq faq) {
    Faq created = super.createFaq(faq);
    cache.invalidate(created.id());
    return created;
  }

  @Override
  public boolean updateFaq(FaqId id, FaqChange change) {
    try {
      return super.updateFaq(id, change);
    } finally {
      cache.invalidate(id);
    }
  }

  @Override
  public boolean deleteFaq(FaqId id) {
    try {
      return super.deleteFaq(id);
    } finally {
      cache.invalidate(id);
    }
  }

  @Override
  public boolean updateCategory(CategoryId id, CategoryChange change) {
    try {
      return super.updateCategory(id, change);
    } finally {
      cache.invalidateAll();
    }
  }

  @Override
  public boolean deleteCategory(CategoryId id) {
    try {
      return super.deleteCategory(id);
    } finally {
      cache.invalidateAll();
    }
  }

  @Override
  public String toString() {
    return "WriteThroughHelpdesk[" + cache + "]";
  }
}
