package io.github.helpdeskfaq.mirror;

import static io.github.helpdeskfaq.mirror.JsonFields.array;
import static io.github.helpdeskfaq.mirror.JsonFields.intValue;
import static io.github.helpdeskfaq.mirror.JsonFields.longValue;
import static io.github.helpdeskfaq.mirror.JsonFields.object;
import static io.github.helpdeskfaq.mirror.JsonFields.string;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.regex.Pattern;

/**
 * The manifest of a mirror ({@link MirrorLayout#MANIFEST}): what the last complete sync wrote, FAQ by FAQ
 * ({@link MirroredFaq}), so that the next one asks only for what changed. JSON, for people and tools alike:
 * <pre>{@code
 * {"format": 1, "category": "...", "faqs": [{"faq_id": "...", "update_time": "2021-08-02T14:36:48Z",
 *   "page": "faqs/<id>/<id>.md", "page_sha256": "...",
 *   "images": [{"key": "...", "file": "faqs/<id>/<key>.png", "size": 1234, "sha256": "..."}],
 *   "missing_images": ["..."], "failed_images": ["..."]}]}
 * }</pre>
 * {@code category} is there only for a mirror of one category; {@code page_sha256} only for a page written by a
 * version that records it. FAQs in order of id. Only the manifest's own ids, keys and extensions are read back; the
 * paths it shows are derived from them ({@link MirrorLayout}), so a manifest edited by hand cannot point the program
 * at another file.
 */
final class MirrorManifest {

  /** The format this program writes and reads; a newer one is refused rather than misread. */
  static final int FORMAT = 1;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Map<FaqId, MirroredFaq> faqs;
  private final Optional<CategoryId> category;

  private MirrorManifest(Map<FaqId, MirroredFaq> faqs, Optional<CategoryId> category) {
    this.faqs = faqs;
    this.category = category;
  }

  /** A manifest of no FAQ: a mirror that has just begun. */
  static MirrorManifest empty() {
    return of(List.of());
  }

  static MirrorManifest of(Collection<MirroredFaq> entries) {
    return of(entries, Optional.empty());
  }

  /** A manifest of a mirror of one category and its subcategories, or of every online FAQ when it is empty. */
  static MirrorManifest of(Collection<MirroredFaq> entries, Optional<CategoryId> category) {
    Map<FaqId, MirroredFaq> byId = new TreeMap<>(Comparator.comparing(FaqId::value));
    entries.forEach(entry -> byId.put(entry.id(), entry));
    return new MirrorManifest(byId, category);
  }

  /** The category the mirror holds, with its subcategories; empty for every online FAQ. */
  Optional<CategoryId> category() {
    return category;
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
    return other instanceof MirrorManifest manifest && faqs.equals(manifest.faqs)
        && category.equals(manifest.category);
  }

  @Override
  public int hashCode() {
    return faqs.hashCode() * 31 + category.hashCode();
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
   * @throws MirrorFolderException if it is a manifest of a newer format
   * @throws MirrorFileException if the file exists but cannot be read
   */
  static Optional<MirrorManifest> read(Path file) throws UnreadableException {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (IOException unreadable) {
      throw new MirrorFileException(MirrorFileException.Operation.READ, file, unreadable);
    }
    try {
      return Optional.of(parse(JsonReader.read(text), file));
    } catch (IllegalArgumentException | DateTimeParseException bad) {
      throw new UnreadableException(String.valueOf(bad.getMessage()), bad);
    }
  }

  private static MirrorManifest parse(Object json, Path file) {
    Map<?, ?> manifest = object(json, "the manifest");
    int format = manifest.get("format") instanceof BigDecimal number ? intValue(number, "format") : -1;
    if (format > FORMAT) {
      throw MirrorFolderException.newerFormat(file, format);
    }
    if (format != FORMAT) {
      throw new IllegalArgumentException("no manifest format " + FORMAT + " (was " + manifest.get("format") + ")");
    }
    Optional<CategoryId> category = manifest.get("category") == null ? Optional.empty()
        : Optional.of(CategoryId.of(string(manifest.get("category"), "category")));
    List<MirroredFaq> entries = new ArrayList<>();
    for (Object faq : array(manifest, "faqs")) {
      entries.add(faq(object(faq, "a FAQ")));
    }
    return of(entries, category);
  }

  private static MirroredFaq faq(Map<?, ?> faq) {
    FaqId id = FaqId.of(string(faq.get("faq_id"), "faq_id"));
    Object time = faq.get("update_time");
    Optional<Instant> updateTime = time == null ? Optional.empty()
        : Optional.of(InstantText.parse(string(time, "update_time")));
    List<MirroredFaq.Image> images = new ArrayList<>();
    for (Object image : array(faq, "images")) {
      images.add(image(object(image, "an image")));
    }
    Optional<String> pageSha256 = faq.get("page_sha256") == null ? Optional.empty()
        : Optional.of(sha256(faq.get("page_sha256"), "page_sha256"));
    return new MirroredFaq(id, updateTime, images, keys(faq, "missing_images"), keys(faq, "failed_images"),
        pageSha256);
  }

  private static MirroredFaq.Image image(Map<?, ?> image) {
    ImageKey key = ImageKey.of(string(image.get("key"), "key"));
    String file = string(image.get("file"), "file");
    long size = image.containsKey("size") ? longValue(image.get("size"), "size") : -1;
    String sha256 = string(image.get("sha256"), "sha256");
    // Only the name is kept, and MirroredFaq.Image accepts only a name that ImageFiles gives the key.
    return new MirroredFaq.Image(key, file.substring(file.lastIndexOf('/') + 1), size, sha256);
  }

  private static Set<ImageKey> keys(Map<?, ?> faq, String name) {
    Set<ImageKey> keys = new LinkedHashSet<>();
    for (Object key : array(faq, name)) {
      keys.add(ImageKey.of(string(key, name)));
    }
    return keys;
  }

  private static String sha256(Object value, String what) {
    String text = string(value, what);
    if (!SHA256.matcher(text).matches()) {
      throw new IllegalArgumentException(what + " is not a SHA-256 in hexadecimal: " + text);
    }
    return text;
  }

  /** The manifest as JSON, indented, ending with a line feed. */
  byte[] toJson() {
    StringBuilder text = new StringBuilder();
    JsonWriter json = new JsonWriter(text, "  ");
    json.beginObject();
    json.name("format").value(FORMAT);
    category.ifPresent(id -> json.name("category").value(id.value()));
    json.name("faqs").beginArray();
    for (MirroredFaq faq : faqs.values()) {
      write(json, faq);
    }
    json.endArray();
    json.endObject();
    return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonWriter json, MirroredFaq faq) {
    json.beginObject();
    json.name("faq_id").value(faq.id().value());
    json.name("update_time").value(faq.updateTime().map(InstantText::format).orElse(null));
    json.name("page").value(MirrorLayout.pageLink(faq.id()));
    faq.pageSha256().ifPresent(sha256 -> json.name("page_sha256").value(sha256));
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

  private static void keys(JsonWriter json, String name, Set<ImageKey> keys) {
    json.name(name).beginArray();
    for (String key : keys.stream().map(ImageKey::value).sorted().toList()) {
      json.value(key);
    }
    json.endArray();
  }
}
