package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.FaqCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * Which FAQs a listing ({@link FaqCatalog#list}) returns: those in one category, of one status, and matching a text;
 * every part is optional and the parts combine with "and". {@link #all()} filters nothing. Build one with the
 * withers: {@code FaqFilter.all().inCategory(id).withStatus(FaqStatus.ONLINE)}.
 *
 * <p>Without a status the listing holds what the implementation lists by default; the platform does not document
 * its default, so a caller who cares sets one.
 *
 * @param category only FAQs filed under this category (the category itself, not its subcategories)
 * @param status only FAQs of this status
 * @param text only FAQs that match this text, as the implementation matches it (see {@link FaqCatalog#list})
 */
public record FaqFilter(Optional<CategoryId> category, Optional<FaqStatus> status, Optional<String> text) {

  private static final FaqFilter ALL = new FaqFilter(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the components. A blank category id or text is refused rather than sent: the service would read it
   * as "no filter" and silently list everything.
   */
  public FaqFilter {
    Objects.requireNonNull(category, "category must not be null (use Optional.empty())");
    Objects.requireNonNull(status, "status must not be null (use Optional.empty())");
    Objects.requireNonNull(text, "text must not be null (use Optional.empty())");
    if (category.isPresent() && category.get().value().isBlank()) {
      throw new IllegalArgumentException("filter category id must not be blank, was "
          + Identifiers.show(category.get().value()));
    }
    if (text.isPresent() && text.get().isBlank()) {
      throw new IllegalArgumentException("filter text must not be blank, was " + Identifiers.show(text.get()));
    }
  }

  /**
   * The filter that lets every FAQ through.
   *
   * @return the empty filter
   */
  public static FaqFilter all() {
    return ALL;
  }

  /**
   * This filter, narrowed to one category.
   *
   * @param id the category's id; not blank
   * @return a new filter
   */
  public FaqFilter inCategory(CategoryId id) {
    return new FaqFilter(Optional.of(Objects.requireNonNull(id, "category must not be null")), status, text);
  }

  /**
   * This filter, narrowed to one status.
   *
   * @param value the status
   * @return a new filter
   */
  public FaqFilter withStatus(FaqStatus value) {
    return new FaqFilter(category, Optional.of(Objects.requireNonNull(value, "status must not be null")), text);
  }

  /**
   * This filter, narrowed to FAQs matching a text.
   *
   * @param value the text; not blank
   * @return a new filter
   */
  public FaqFilter containing(String value) {
    return new FaqFilter(category, status, Optional.of(Objects.requireNonNull(value, "text must not be null")));
  }
}
