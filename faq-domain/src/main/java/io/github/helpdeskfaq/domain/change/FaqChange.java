package io.github.helpdeskfaq.domain.change;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to a FAQ: the fields it names are set, every other field stays as it is. Made by {@link #builder()};
 * validated when made, with the rules of {@link NewFaq} for each field named, and at least one field named. A rich
 * text, once named, is not empty: a FAQ keeps an answer.
 *
 * @param question the new question
 * @param answer the new plain-text answer
 * @param answerRichText the new rich-text answer
 * @param category the category to move the FAQ to
 * @param tags the new tags, replacing the old ones (an empty list removes them)
 */
public record FaqChange(
    Optional<String> question,
    Optional<String> answer,
    Optional<List<RichTextElement>> answerRichText,
    Optional<CategoryId> category,
    Optional<List<String>> tags) {

  /** Validates the components and copies the lists. */
  public FaqChange {
    Objects.requireNonNull(question, "question must not be null (use Optional.empty())")
        .ifPresent(text -> Texts.requireLine("question", text));
    Objects.requireNonNull(answer, "answer must not be null (use Optional.empty())")
        .ifPresent(text -> Texts.requireText("answer", text));
    answerRichText = Objects.requireNonNull(answerRichText, "answerRichText must not be null (use Optional.empty())")
        .map(List::copyOf);
    if (answerRichText.filter(List::isEmpty).isPresent()) {
      throw new IllegalArgumentException("a changed rich-text answer must not be empty");
    }
    Objects.requireNonNull(category, "category must not be null (use Optional.empty())")
        .ifPresent(CategoryId::requireWellFormed);
    tags = Objects.requireNonNull(tags, "tags must not be null (use Optional.empty())").map(Texts::requireTags);
    if (question.isEmpty() && answer.isEmpty() && answerRichText.isEmpty() && category.isEmpty() && tags.isEmpty()) {
      throw new IllegalArgumentException("a change must name at least one field");
    }
  }

  /** Starts a change that names no field yet. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FaqChange}; {@link #build()} validates. */
  public static final class Builder {
    private String question;
    private String answer;
    private List<RichTextElement> answerRichText;
    private CategoryId category;
    private List<String> tags;

    private Builder() {}

    /** Changes the question. */
    public Builder question(String value) {
      this.question = Objects.requireNonNull(value, "question must not be null");
      return this;
    }

    /** Changes the plain-text answer. */
    public Builder answer(String value) {
      this.answer = Objects.requireNonNull(value, "answer must not be null");
      return this;
    }

    /** Changes the rich-text answer. */
    public Builder answerRichText(List<RichTextElement> value) {
      this.answerRichText = List.copyOf(value);
      return this;
    }

    /** Moves the FAQ to a category. */
    public Builder category(CategoryId value) {
      this.category = Objects.requireNonNull(value, "category must not be null");
      return this;
    }

    /** Replaces the tags; an empty list removes them. */
    public Builder tags(List<String> value) {
      this.tags = List.copyOf(value);
      return this;
    }

    /**
     * The change.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid or none is named; the message names the field
     */
    public FaqChange build() {
      return new FaqChange(Optional.ofNullable(question), Optional.ofNullable(answer),
          Optional.ofNullable(answerRichText), Optional.ofNullable(category), Optional.ofNullable(tags));
    }
  }
}
