package io.github.helpdeskfaq.mirror;

import static io.github.helpdeskfaq.mirror.JsonFields.array;
import static io.github.helpdeskfaq.mirror.JsonFields.object;
import static io.github.helpdeskfaq.mirror.JsonFields.string;

import io.github.helpdeskfaq.domain.FaqId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The creates a publish began ({@link MirrorLayout#PUBLISH_JOURNAL}), recorded before each request is sent, so that a
 * publish killed at any moment never makes a second FAQ for a page: the next one finds the FAQ the intent made (its
 * id, once the answer came; otherwise the question and the time it was sent) instead of creating it again. Written
 * atomically after each change; removed when a publish ends with the mirror up to date.
 * <pre>{@code
 * {"format": 1, "creates": [{"page": "new/<name>.md", "question": "...", "sent_at": "...", "faq_id": null}]}
 * }</pre>
 */
final class PublishJournal {

  /**
   * A create that was begun.
   *
   * @param page the new page, relative to the mirror's folder, with {@code /}
   * @param question the question sent
   * @param sentAt when the request was about to be sent, by this machine's clock
   * @param faqId the FAQ made, once the answer came
   */
  record Intent(String page, String question, Instant sentAt, Optional<FaqId> faqId) {

    /** This intent, with the FAQ it made. */
    Intent withFaqId(FaqId made) {
      return new Intent(page, question, sentAt, Optional.of(made));
    }
  }

  private final Path file;
  private final Map<String, Intent> intents;

  private PublishJournal(Path file, Map<String, Intent> intents) {
    this.file = file;
    this.intents = intents;
  }

  /**
   * Reads the journal; none is an empty one.
   *
   * @throws MirrorFolderException if it cannot be read as a journal: what it records cannot be known
   * @throws MirrorFileException if it exists but cannot be read
   */
  static PublishJournal read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException absent) {
      return new PublishJournal(file, new LinkedHashMap<>());
    } catch (CharacterCodingException notText) {
      throw MirrorFolderException.unreadableJournal(file, "not UTF-8 text");
    } catch (IOException unreadable) {
      throw new MirrorFileException(MirrorFileException.Operation.READ, file, unreadable);
    }
    try {
      Map<?, ?> journal = object(JsonReader.read(text), "the journal");
      if (!(journal.get("format") instanceof BigDecimal format) || format.compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException("no journal format 1 (was " + journal.get("format") + ")");
      }
      if (!journal.containsKey("creates")) {
        throw new IllegalArgumentException("no creates");
      }
      Map<String, Intent> intents = new LinkedHashMap<>();
      for (Object value : array(journal, "creates")) {
        Intent read = intent(object(value, "a create"));
        if (intents.put(read.page(), read) != null) {
          throw new IllegalArgumentException("two creates for the page \"" + read.page() + "\"");
        }
      }
      return new PublishJournal(file, intents);
    } catch (IllegalArgumentException | DateTimeParseException bad) {
      throw MirrorFolderException.unreadableJournal(file, String.valueOf(bad.getMessage()));
    }
  }

  private static Intent intent(Map<?, ?> intent) {
    Object id = intent.get("faq_id");
    return new Intent(string(intent.get("page"), "page"), string(intent.get("question"), "question"),
        InstantText.parse(string(intent.get("sent_at"), "sent_at")),
        id == null ? Optional.empty() : Optional.of(FaqId.of(string(id, "faq_id"))));
  }

  /** The create begun for a new page, if any. */
  Optional<Intent> intent(String page) {
    return Optional.ofNullable(intents.get(page));
  }

  boolean isEmpty() {
    return intents.isEmpty();
  }

  /** Records an intent, or the FAQ it made, before going on. */
  void record(Intent intent) {
    intents.put(intent.page(), intent);
    AtomicFile.write(file, toJson());
  }

  /** Removes the journal: every create it records is in the mirror's manifest. */
  void clear() {
    intents.clear();
    try {
      Files.deleteIfExists(file);
    } catch (IOException cannotRemove) {
      throw new MirrorFileException(MirrorFileException.Operation.REMOVE, file, cannotRemove);
    }
  }

  private byte[] toJson() {
    StringBuilder text = new StringBuilder();
    JsonWriter json = new JsonWriter(text, "  ");
    json.beginObject();
    json.name("format").value(1);
    json.name("creates").beginArray();
    for (Intent intent : intents.values()) {
      json.beginObject();
      json.name("page").value(intent.page());
      json.name("question").value(intent.question());
      json.name("sent_at").value(InstantText.format(intent.sentAt()));
      json.name("faq_id").value(intent.faqId().map(FaqId::value).orElse(null));
      json.endObject();
    }
    json.endArray();
    json.endObject();
    return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }
}
