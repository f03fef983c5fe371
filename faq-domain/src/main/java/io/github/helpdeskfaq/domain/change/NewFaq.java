package io.github.helpdeskfaq.domain.change;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A FAQ to create. Made by {@link #builder(String)}; validated when made: the question is one line, not blank; there
 * is an answer, as plain text, as rich text or both; the category, if any, is well-formed; tags are lines and do not
 * repeat. The platform publishes no length limits: what it refuses for length is a
 * {@link io.github.helpdeskfaq.domain.port.FaqRequestRejectedException}.
 *
 * @param question the question
 * @param answer the answer as plain text
 * @param answerRichText the answer as rich text; empty for none
 * @param category the category to file the FAQ under
 * @param tags similar questions
 */
public record NewFaq(
    String question,
    Optional<String> answer,
    List<RichTextElement> answerRichText,
    Optional<CategoryId> category,
    List<String> tags) {

  /** Validates the components and copies the lists. */
  public NewFaq {
    Texts.requireLine("question", question);
    Objects.requireNonNull(answer, "answer must not be null (use Optional.empty())").ifPresent(
        text -> Texts.requireText("answer", text));
    answerRichText = List.copyOf(Objects.requireNonNull(answerRichText, "answerRichText must not be null"));
    if (answer.isEmpty() && answerRichText.isEmpty()) {
      throw new IllegalArgumentException("a new FAQ needs an answer, as plain text or as rich text");
    }
    Objects.requireNonNull(category, "category must not be null (use Optional.empty())")
        .ifPresent(CategoryId::requireWellFormed);
    tags = Texts.requireTags(tags);
  }

  /**
   * Starts a new FAQ with its question; {@link Builder#build()} needs an answer too.
   *
   * @param question the question
   * @return a builder
   */
  public static Builder builder(String question) {
    return new Builder(question);
  }

  /** Builds a {@link NewFaq}; {@link #build()} validates. */
  public static final class Builder {
    private final String question;
    private String answer;
    private final List<RichTextElement> answerRichText = new ArrayList<>();
    private CategoryId category;
    private final List<String> tags = new ArrayList<>();

    private Builder(String question) {
      this.question = question;
    }

    /** Sets the plain-text answer. */
    public Builder answer(String value) {
      this.answer = Objects.requireNonNull(value, "answer must not be null");
      return this;
    }

    /** Sets the rich-text answer, replacing any set before. */
    public Builder answerRichText(List<RichTextElement> value) {
      answerRichText.clear();
      answerRichText.addAll(value);
      return this;
    }

    /** Files the FAQ under a category. */
    public Builder category(CategoryId value) {
      this.category = Objects.requireNonNull(value, "category must not be null");
      return this;
    }

    /** Sets the tags (similar questions), replacing any set before. */
    public Builder tags(List<String> value) {
      tags.clear();
      tags.addAll(value);
      return this;
    }

    /**
     * The new FAQ.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid or there is no answer; the message names the field
     */
    public NewFaq build() {
      return new NewFaq(question, Optional.ofNullable(answer), answerRichText, Optional.ofNullable(category), tags);
    }
  }
}
