package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link FakeHelpdesk} seeded from a file in Feishu's wire format, the file that faq-app's {@code --fake-data}
 * reads, read the same way:
 * <ul>
 *   <li>the file holds one FAQ-detail response ({@code {"code":0,"msg":"success","data":{"faq":{...}}}}) or an
 *       array of them, read as leniently as the Feishu adapter reads the server's answers (unknown fields, missing
 *       or {@code null} fields, numbers as strings, rich text as an array or a string holding one);</li>
 *   <li>every FAQ is online; a later FAQ with the same id replaces an earlier one;</li>
 *   <li>the categories are those the FAQs are filed under, the first FAQ that names a category id giving its name
 *       and parent;</li>
 *   <li>each FAQ gets the images that the {@code img} elements of its answer name, from files beside the file named
 *       {@code <image-key>.<ext>}, the content type from the extension: {@code png}, {@code jpg} or {@code jpeg},
 *       {@code gif}, {@code webp}, {@code bmp}, {@code svg}, {@code tif} or {@code tiff}, {@code ico}.</li>
 * </ul>
 */
public final class FeishuDataFile {

  private static final Map<String, String> CONTENT_TYPES = new TreeMap<>(Map.of(
      "png", "image/png",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "gif", "image/gif",
      "webp", "image/webp",
      "bmp", "image/bmp",
      "svg", "image/svg+xml",
      "tif", "image/tiff",
      "tiff", "image/tiff",
      "ico", "image/x-icon"));

  private FeishuDataFile() {}

  /**
   * Reads a file and the images beside it.
   *
   * @param file the JSON file
   * @return a new fake holding its FAQs, their categories and their images
   * @throws IllegalArgumentException if the file is not one or more FAQ-detail responses, or its categories' parents
   *     form a cycle; the message says what and where
   * @throws UncheckedIOException if the file or an image cannot be read
   */
  public static FakeHelpdesk read(Path file) {
    return seeded(file).build();
  }

  /** A builder of a fake seeded from a file and the images beside it, as {@link #read} describes. */
  static FakeHelpdesk.Builder seeded(Path file) {
    List<Faq> faqs;
    try {
      faqs = FaqDocuments.read(Files.readAllBytes(file));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + file, unreadable);
    }
    FakeHelpdesk.Builder fake = FakeHelpdesk.builder().faqs(faqs);
    Set<CategoryId> seen = new HashSet<>();
    faqs.stream().flatMap(faq -> faq.categories().stream())
        .filter(category -> category.id().filter(seen::add).isPresent())
        .forEach(fake::category);
    Path folder = file.toAbsolutePath().getParent();
    for (Faq faq : faqs) {
      for (ImageKey key : faq.imageKeys()) {
        image(fake, folder, faq, key);
      }
    }
    return fake;
  }

  private static void image(FakeHelpdesk.Builder fake, Path folder, Faq faq, ImageKey key) {
    for (Map.Entry<String, String> type : CONTENT_TYPES.entrySet()) {
      Path image = folder.resolve(key.value() + "." + type.getKey());
      if (Files.isRegularFile(image)) {
        try {
          fake.image(faq.id(), key, type.getValue(), Files.readAllBytes(image));
        } catch (IOException unreadable) {
          throw new UncheckedIOException("cannot read the image " + image, unreadable);
        }
        return;
      }
    }
  }
}
