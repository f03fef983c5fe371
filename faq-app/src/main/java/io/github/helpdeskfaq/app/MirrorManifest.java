package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;

/**
 * The manifest of a mirror ({@link MirrorLayout#MANIFEST}): what the last complete sync wrote, FAQ by FAQ
 * ({@link MirroredFaq}), so that the next one asks only for what changed. JSON, for people and tools alike:
 * <pre>{@code
 * {"format": 1, "faqs": [{"faq_id": "...", "update_time": "2021-08-02T14:36:48Z", "page": "faqs/<id>/<id>.md",
 *   "images": [{"key": "...", "file": "faqs/<id>/<key>.png", "size": 1234, "sha256": "..."}],
 *   "missing_images": ["..."], "failed_images": ["..."]}]}
 * }</pre>
 * FAQs in order of id. Only the manifest's own ids, keys and extensions are read back; the paths it shows are derived
 * from them ({@link MirrorLayout}), so a manifest edited by hand cannot point the program at another file.
 */
final class MirrorManifest {

  /** The format this program writes and reads; a newer one is refused rather than misread. */
  static final int FORMAT = 1;

  private final Map<FaqId, MirroredFaq> faqs;

  private MirrorManifest(Map<FaqId, MirroredFaq> faqs) {
    this.faqs = faqs;
  }

  /** A manifest of no FAQ: a mirror that has just begun. */
  static MirrorManifest empty() {
    return of(List.of());
  }

  static MirrorManifest of(Collection<MirroredFaq> entries) {
    Map<FaqId, MirroredFaq> byId = new TreeMap<>(Comparator.comparing(FaqId::value));
    entries.forEach(entry -> byId.put(entry.id(), entry));
    return new MirrorManifest(byId);
  }

  Optional<MirroredFaq> get(FaqId id) {
    return Optional.ofNullable(faqs.get(id));
  }

  /** The FAQs recorded, in order of id. */
  Collection<MirroredFaq> faqs() {
    return faqs.values();
  }

  /** Whether the other manifest records the same FAQs, alike in every field. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorManifest manifest && faqs.equals(manifest.faqs);
  }

  @Override
  public int hashCode() {
    return faqs.hashCode();
  }

  /** A manifest that cannot be read: it is set aside, and the mirror rebuilt from the files on disk. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /**
   * Reads a manifest.
   *
   * @return the manifest, or empty when there is no such file
   * @throws UnreadableException if the file is not a manifest this program wrote
   * @throws UsageException if it is a manifest of a newer format
   * @throws OutputFileException if the file exists but cannot be read
   */
  static Optional<MirrorManifest> read(Path file) throws UnreadableException {
    try (BufferedSource source = Okio.buffer(Okio.source(file))) {
      return Optional.of(parse(JsonReader.of(source), file));
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (JsonDataException | JsonEncodingException | IllegalArgumentException | DateTimeParseException bad) {
      throw new UnreadableException(String.valueOf(bad.getMessage()), bad);
    } catch (IOException unreadable) {
      throw OutputFileException.reading(file, unreadable);
    }
  }

  private static MirrorManifest parse(JsonReader json, Path file) throws IOException {
    List<MirroredFaq> entries = new ArrayList<>();
    int format = -1;
    json.beginObject();
    while (json.hasNext()) {
      switch (json.nextName()) {
        case "format" -> format = json.nextInt();
        case "faqs" -> {
          json.beginArray();
          while (json.hasNext()) {
            entries.add(faq(json));
          }
          json.endArray();
        }
        default -> json.skipValue();
      }
    }
    json.endObject();
    if (format > FORMAT) {
      throw new UsageException(file + " was written by a newer faq-app (manifest format " + format
          + "); sync with that version, or into another folder");
    }
    if (format != FORMAT) {
      throw new JsonDataException("no manifest format " + FORMAT + " (was " + format + ")");
    }
    return of(entries);
  }

  private static MirroredFaq faq(JsonReader json) throws IOException {
    FaqId id = null;
    Optional<Instant> updateTime = Optional.empty();
    List<MirroredFaq.Image> images = new ArrayList<>();
    Set<ImageKey> missing = Set.of();
    Set<ImageKey> failed = Set.of();
    json.beginObject();
    while (json.hasNext()) {
      switch (json.nextName()) {
        case "faq_id" -> id = FaqId.of(json.nextString());
        case "update_time" -> updateTime = optionalTime(json);
        case "images" -> {
          json.beginArray();
          while (json.hasNext()) {
            images.add(image(json));
          }
          json.endArray();
        }
        case "missing_images" -> missing = keys(json);
        case "failed_images" -> failed = keys(json);
        default -> json.skipValue();
      }
    }
    json.endObject();
    if (id == null) {
      throw new JsonDataException("a FAQ without faq_id at " + json.getPath());
    }
    return new MirroredFaq(id, updateTime, images, missing, failed);
  }

  private static Optional<Instant> optionalTime(JsonReader json) throws IOException {
    if (json.peek() == JsonReader.Token.NULL) {
      json.nextNull();
      return Optional.empty();
    }
    return Optional.of(InstantText.parse(json.nextString()));
  }

  private static MirroredFaq.Image image(JsonReader json) throws IOException {
    ImageKey key = null;
    String file = null;
    long size = -1;
    String sha256 = null;
    json.beginObject();
    while (json.hasNext()) {
      switch (json.nextName()) {
        case "key" -> key = ImageKey.of(json.nextString());
        case "file" -> file = json.nextString();
        case "size" -> size = json.nextLong();
        case "sha256" -> sha256 = json.nextString();
        default -> json.skipValue();
      }
    }
    json.endObject();
    if (key == null || file == null || sha256 == null) {
      throw new JsonDataException("an image without key, file or sha256 at " + json.getPath());
    }
    // Only the name is kept, and MirroredFaq.Image accepts only a name that ImageFiles gives the key.
    return new MirroredFaq.Image(key, file.substring(file.lastIndexOf('/') + 1), size, sha256);
  }

  private static Set<ImageKey> keys(JsonReader json) throws IOException {
    Set<ImageKey> keys = new LinkedHashSet<>();
    json.beginArray();
    while (json.hasNext()) {
      keys.add(ImageKey.of(json.nextString()));
    }
    json.endArray();
    return keys;
  }

  /** The manifest as JSON, indented, ending with a line feed. */
  byte[] toJson() {
    Buffer buffer = new Buffer();
    try {
      JsonWriter json = JsonWriter.of(buffer);
      json.setIndent("  ");
      json.setSerializeNulls(true);
      json.beginObject();
      json.name("format").value(FORMAT);
      json.name("faqs").beginArray();
      for (MirroredFaq faq : faqs.values()) {
        write(json, faq);
      }
      json.endArray();
      json.endObject();
      json.flush();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return buffer.writeUtf8("\n").readByteArray();
  }

  private static void write(JsonWriter json, MirroredFaq faq) throws IOException {
    json.beginObject();
    json.name("faq_id").value(faq.id().value());
    json.name("update_time").value(faq.updateTime().map(InstantText::format).orElse(null));
    json.name("page").value(MirrorLayout.pageLink(faq.id()));
    json.name("images").beginArray();
    for (MirroredFaq.Image image : faq.images()) {
      json.beginObject();
      json.name("key").value(image.key().value());
      json.name("file").value(MirrorLayout.imageLink(faq.id(), image.fileName()));
      json.name("size").value(image.size());
      json.name("sha256").value(image.sha256());
      json.endObject();
    }
    json.endArray();
    keys(json, "missing_images", faq.missing());
    keys(json, "failed_images", faq.failed());
    json.endObject();
  }

  private static void keys(JsonWriter json, String name, Set<ImageKey> keys) throws IOException {
    json.name(name).beginArray();
    for (String key : keys.stream().map(ImageKey::value).sorted().toList()) {
      json.value(key);
    }
    json.endArray();
  }
}
