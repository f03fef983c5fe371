package io.github.helpdeskfaq.domain;

import io.github.helpdeskfaq.domain.port.FaqCatalog;
import java.util.Objects;

/**
 * What a person typed to search the knowledge base, in any language and script. Kept exactly as given (no trimming,
 * no case folding); how it matches is the implementation's (see {@link FaqCatalog#search}).
 *
 * @param text the query; not blank
 */
public record SearchQuery(String text) {

  /** Refuses a blank query: searching for nothing would silently match whatever the service chose. */
  public SearchQuery {
    Objects.requireNonNull(text, "search query must not be null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("search query must not be blank, was " + Identifiers.show(text));
    }
  }

  /**
   * A query.
   *
   * @param text the query
   * @return the validated query
   * @throws IllegalArgumentException if the text is blank
   */
  public static SearchQuery of(String text) {
    return new SearchQuery(text);
  }
}
