package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a publish of a mirror writes to the helpdesk, and what it leaves unwritten, page by page, in order of page
 * ({@link Publisher#plan}). Only pages that differ from the helpdesk are in it.
 *
 * @param changes the changes, in order of page
 */
public record PublishPlan(List<Change> changes) {

  /** What a publish does with a page. */
  public enum Action {
    /** A new page: creates its FAQ. */
    CREATE,
    /** A page edited here, its FAQ unchanged in the helpdesk since the sync (or {@code force}): writes the fields. */
    UPDATE,
    /** A page removed here (with {@code delete}): deletes its FAQ. */
    DELETE,
    /** A page edited or removed here whose FAQ changed in the helpdesk too: not written ({@code force} writes it). */
    CONFLICT,
    /** A page removed here, without {@code delete}: its FAQ is kept. */
    KEEP
  }

  /** A field that an update writes. */
  public enum Field {
    /** The question: the page's heading. */
    QUESTION,
    /** The answer, as rich text and as plain text. */
    ANSWER
  }

  /**
   * What a publish does with one page.
   *
   * @param action what it does
   * @param page the page's path in the mirror, relative to its folder, with {@code /}
   * @param faqId the FAQ; for {@link Action#CREATE}, present only when an interrupted publish made it already (the
   *     publish then sends nothing for it)
   * @param question the question: the page's, or for a removed page the helpdesk's
   * @param fields for {@link Action#UPDATE} and an edited page's {@link Action#CONFLICT}, the fields that differ
   * @param note why, for a {@link Action#CONFLICT}, a {@link Action#KEEP}, or a create already made; empty otherwise
   */
  public record Change(Action action, String page, Optional<FaqId> faqId, String question, Set<Field> fields,
      Optional<String> note) {

    /** Validates and copies the components. */
    public Change {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(faqId, "faqId");
      Objects.requireNonNull(question, "question");
      fields = Set.copyOf(fields);
      Objects.requireNonNull(note, "note");
    }

    /** Whether a publish sends a request for it. */
    public boolean writes() {
      return switch (action) {
        case CREATE -> faqId.isEmpty();
        case UPDATE, DELETE -> true;
        case CONFLICT, KEEP -> false;
      };
    }
  }

  /** Copies the list. */
  public PublishPlan {
    changes = List.copyOf(changes);
  }

  /**
   * How many changes have the action.
   *
   * @param action the action
   * @return how many
   */
  public int count(Action action) {
    return (int) changes.stream().filter(change -> change.action() == action).count();
  }

  /**
   * How many requests a publish of this plan sends: one for each create, update and delete.
   *
   * @return how many
   */
  public int writes() {
    return (int) changes.stream().filter(Change::writes).count();
  }

  /**
   * The plan as JSON, for a tool (a CI job that comments it on a pull request), ending with a line feed:
   * <pre>{@code
   * {"format": 1, "create": 1, "update": 3, "delete": 0, "conflict": 0, "keep": 0, "changes": [
   *   {"action": "update", "page": "faqs/<id>/<id>.md", "faq_id": "<id>", "question": "...",
   *    "fields": ["answer"], "note": null}]}
   * }</pre>
   * Actions and fields in lower case; {@code faq_id} and {@code note} are {@code null} when absent.
   *
   * @return the JSON, UTF-8
   */
  public byte[] toJson() {
    StringBuilder text = new StringBuilder();
    JsonWriter json = new JsonWriter(text, "  ");
    json.beginObject();
    json.name("format").value(1);
    for (Action action : Action.values()) {
      json.name(name(action)).value(count(action));
    }
    json.name("changes").beginArray();
    for (Change change : changes) {
      json.beginObject();
      json.name("action").value(name(change.action()));
      json.name("page").value(change.page());
      json.name("faq_id").value(change.faqId().map(FaqId::value).orElse(null));
      json.name("question").value(change.question());
      json.name("fields").beginArray();
      change.fields().stream().sorted().map(PublishPlan::name).forEach(json::value);
      json.endArray();
      json.name("note").value(change.note().orElse(null));
      json.endObject();
    }
    json.endArray();
    json.endObject();
    return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An action's or a field's name in the plan: its constant in lower case.
   *
   * @param constant the action or the field
   * @return for example {@code update}, {@code answer}
   */
  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT);
  }
}
