package io.github.helpdeskfaq.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A FAQ of the helpdesk knowledge base, with every field the helpdesk records of it. Fields that the server may leave
 * out are {@link Optional}; lists are never null and may be empty. Times are {@link Instant}s, so nothing overflows in
 * 2038. Build one with {@link #builder(FaqId)}.
 *
 * @param id the FAQ's id ({@code faq_id})
 * @param legacyId the FAQ's legacy id, usually equal to its id
 * @param helpdeskId the helpdesk the FAQ belongs to
 * @param question the question
 * @param answer the answer as plain text
 * @param answerRichText the answer as rich text, in order
 * @param content the FAQ's content
 * @param type the FAQ's type
 * @param createTime when the FAQ was created
 * @param updateTime when the FAQ was last updated
 * @param expireTime when the FAQ expires
 * @param categories the categories the FAQ is filed under
 * @param tags similar questions
 * @param createUser who created the FAQ
 * @param updateUser who last updated the FAQ
 */
public record Faq(
    FaqId id,
    Optional<String> legacyId,
    Optional<HelpdeskId> helpdeskId,
    Optional<String> question,
    Optional<String> answer,
    List<RichTextElement> answerRichText,
    Optional<String> content,
    Optional<String> type,
    Optional<Instant> createTime,
    Optional<Instant> updateTime,
    Optional<Instant> expireTime,
    List<Category> categories,
    List<String> tags,
    Optional<TicketUser> createUser,
    Optional<TicketUser> updateUser) {

  /** Validates the components and copies the lists. */
  public Faq {
    Objects.requireNonNull(id, "id must not be null");
    requirePresentOrEmpty(legacyId, "legacyId");
    requirePresentOrEmpty(helpdeskId, "helpdeskId");
    requirePresentOrEmpty(question, "question");
    requirePresentOrEmpty(answer, "answer");
    answerRichText = List.copyOf(Objects.requireNonNull(answerRichText, "answerRichText must not be null"));
    requirePresentOrEmpty(content, "content");
    requirePresentOrEmpty(type, "type");
    requirePresentOrEmpty(createTime, "createTime");
    requirePresentOrEmpty(updateTime, "updateTime");
    requirePresentOrEmpty(expireTime, "expireTime");
    categories = List.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags must not be null"));
    requirePresentOrEmpty(createUser, "createUser");
    requirePresentOrEmpty(updateUser, "updateUser");
  }

  private static void requirePresentOrEmpty(Optional<?> value, String name) {
    if (value == null) { // not requireNonNull(value, () -> ...): that lambda is allocated on every FAQ made
      throw new NullPointerException(name + " must not be null (use Optional.empty())");
    }
  }

  /**
   * The images that the rich-text answer shows: the usable keys of its {@link RichTextElement.Image} elements, in
   * order of first appearance, without repeats.
   *
   * @return the image keys
   */
  public List<ImageKey> imageKeys() {
    LinkedHashSet<ImageKey> keys = new LinkedHashSet<>();
    for (RichTextElement element : answerRichText) {
      if (element instanceof RichTextElement.Image image) {
        image.key().ifPresent(keys::add);
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Starts a builder for a FAQ with the given id and every other field absent or empty.
   *
   * @param id the FAQ's id
   * @return a new builder
   */
  public static Builder builder(FaqId id) {
    return new Builder(id);
  }

  /**
   * A builder that starts from this FAQ.
   *
   * @return a new builder holding this FAQ's fields
   */
  public Builder toBuilder() {
    Builder builder = new Builder(id);
    builder.legacyId = legacyId.orElse(null);
    builder.helpdeskId = helpdeskId.orElse(null);
    builder.question = question.orElse(null);
    builder.answer = answer.orElse(null);
    builder.answerRichText.addAll(answerRichText);
    builder.content = content.orElse(null);
    builder.type = type.orElse(null);
    builder.createTime = createTime.orElse(null);
    builder.updateTime = updateTime.orElse(null);
    builder.expireTime = expireTime.orElse(null);
    builder.categories.addAll(categories);
    builder.tags.addAll(tags);
    builder.createUser = createUser.orElse(null);
    builder.updateUser = updateUser.orElse(null);
    return builder;
  }

  /** Builds a {@link Faq}. Setters take {@code null} to mean "absent"; list setters replace the whole list. */
  public static final class Builder {
    private FaqId id;
    private String legacyId;
    private HelpdeskId helpdeskId;
    private String question;
    private String answer;
    private final List<RichTextElement> answerRichText = new ArrayList<>();
    private String content;
    private String type;
    private Instant createTime;
    private Instant updateTime;
    private Instant expireTime;
    private final List<Category> categories = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private TicketUser createUser;
    private TicketUser updateUser;

    private Builder(FaqId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
    }

    /** Sets the id. */
    public Builder id(FaqId value) {
      this.id = Objects.requireNonNull(value, "id must not be null");
      return this;
    }

    /** Sets the legacy id; {@code null} means absent. */
    public Builder legacyId(String value) {
      this.legacyId = value;
      return this;
    }

    /** Sets the helpdesk id; {@code null} means absent. */
    public Builder helpdeskId(HelpdeskId value) {
      this.helpdeskId = value;
      return this;
    }

    /** Sets the question; {@code null} means absent. */
    public Builder question(String value) {
      this.question = value;
      return this;
    }

    /** Sets the plain-text answer; {@code null} means absent. */
    public Builder answer(String value) {
      this.answer = value;
      return this;
    }

    /** Sets the rich-text answer. */
    public Builder answerRichText(List<RichTextElement> value) {
      answerRichText.clear();
      answerRichText.addAll(value);
      return this;
    }

    /** Sets the content; {@code null} means absent. */
    public Builder content(String value) {
      this.content = value;
      return this;
    }

    /** Sets the type; {@code null} means absent. */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /** Sets the creation time; {@code null} means absent. */
    public Builder createTime(Instant value) {
      this.createTime = value;
      return this;
    }

    /** Sets the time of the last update; {@code null} means absent. */
    public Builder updateTime(Instant value) {
      this.updateTime = value;
      return this;
    }

    /** Sets the expiry time; {@code null} means absent. */
    public Builder expireTime(Instant value) {
      this.expireTime = value;
      return this;
    }

    /** Sets the categories. */
    public Builder categories(List<Category> value) {
      categories.clear();
      categories.addAll(value);
      return this;
    }

    /** Sets the tags (similar questions). */
    public Builder tags(List<String> value) {
      tags.clear();
      tags.addAll(value);
      return this;
    }

    /** Sets the creator; {@code null} means absent. */
    public Builder createUser(TicketUser value) {
      this.createUser = value;
      return this;
    }

    /** Sets the last updater; {@code null} means absent. */
    public Builder updateUser(TicketUser value) {
      this.updateUser = value;
      return this;
    }

    /**
     * Builds the FAQ.
     *
     * @return the FAQ
     * @throws NullPointerException if a list holds null
     */
    public Faq build() {
      return new Faq(id, Optional.ofNullable(legacyId), Optional.ofNullable(helpdeskId),
          Optional.ofNullable(question), Optional.ofNullable(answer), answerRichText, Optional.ofNullable(content),
          Optional.ofNullable(type), Optional.ofNullable(createTime), Optional.ofNullable(updateTime),
          Optional.ofNullable(expireTime), categories, tags, Optional.ofNullable(createUser),
          Optional.ofNullable(updateUser));
    }
  }
}
