package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import java.util.Objects;

/**
 * One write that a {@link FakeHelpdesk} received, recorded before any injected fault or latency applied: what a
 * server would count as a write request.
 */
public sealed interface WriteCall {

  /**
   * A FAQ created.
   *
   * @param faq what was to be created
   */
  record CreateFaq(NewFaq faq) implements WriteCall {

    /** Validates the components. */
    public CreateFaq {
      Objects.requireNonNull(faq, "faq must not be null");
    }
  }

  /**
   * A FAQ changed.
   *
   * @param id the FAQ
   * @param change what was to change
   */
  record UpdateFaq(FaqId id, FaqChange change) implements WriteCall {

    /** Validates the components. */
    public UpdateFaq {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(change, "change must not be null");
    }
  }

  /**
   * A FAQ deleted.
   *
   * @param id the FAQ
   */
  record DeleteFaq(FaqId id) implements WriteCall {

    /** Validates the components. */
    public DeleteFaq {
      Objects.requireNonNull(id, "id must not be null");
    }
  }

  /**
   * A category created.
   *
   * @param category what was to be created
   */
  record CreateCategory(NewCategory category) implements WriteCall {

    /** Validates the components. */
    public CreateCategory {
      Objects.requireNonNull(category, "category must not be null");
    }
  }

  /**
   * A category renamed or moved.
   *
   * @param id the category
   * @param change what was to change
   */
  record UpdateCategory(CategoryId id, CategoryChange change) implements WriteCall {

    /** Validates the components. */
    public UpdateCategory {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(change, "change must not be null");
    }
  }

  /**
   * A category deleted.
   *
   * @param id the category
   */
  record DeleteCategory(CategoryId id) implements WriteCall {

    /** Validates the components. */
    public DeleteCategory {
      Objects.requireNonNull(id, "id must not be null");
    }
  }
}
