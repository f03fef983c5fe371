package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.mirror.ImageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * Seeds the fake from {@code helpdesk.fake.data}, as faq-app seeds it from {@code --fake-data}: the FAQs of a document
 * in Feishu's wire format, the categories they are filed under (the first FAQ that names a category gives its name
 * and parent), and for each image key of a FAQ's answer the file {@code <image-key>.<ext>} beside the document, if
 * there is one (its content type from its extension).
 */
final class FakeContent {

  private static final String PROPERTY = "helpdesk.fake.data";

  private FakeContent() {}

  /**
   * A fake holding the document's FAQs and their images; without a document, an empty one.
   *
   * @throws HelpdeskSettingsException if the document is missing, unreadable or not in Feishu's format
   */
  static FakeHelpdesk load(Resource data) {
    if (data == null) {
      return FakeHelpdesk.builder().build();
    }
    List<Faq> faqs;
    try (InputStream json = data.getInputStream()) {
      faqs = FeishuFaqDocuments.read(json);
    } catch (IOException | UncheckedIOException unreadable) {
      throw HelpdeskSettingsException.invalid(PROPERTY, "cannot read " + data.getDescription() + " ("
          + unreadable.getClass().getSimpleName() + ")");
    } catch (IllegalArgumentException notFeishus) {
      throw HelpdeskSettingsException.invalid(PROPERTY, data.getDescription() + " is not one Feishu FAQ-detail "
          + "response or an array of them: " + notFeishus.getMessage());
    }
    FakeHelpdesk.Builder fake = FakeHelpdesk.builder().faqs(faqs);
    Set<CategoryId> seen = new HashSet<>();
    faqs.stream().flatMap(faq -> faq.categories().stream())
        .filter(category -> category.id().filter(seen::add).isPresent())
        .forEach(fake::category);
    for (Faq faq : faqs) {
      for (ImageKey key : faq.imageKeys()) {
        addImage(fake, data, faq, key);
      }
    }
    return fake.build();
  }

  private static void addImage(FakeHelpdesk.Builder fake, Resource data, Faq faq, ImageKey key) {
    for (String extension : ImageFiles.knownExtensions()) {
      String name = key.value() + "." + extension;
      try {
        Resource image = data.createRelative(name);
        if (image.exists()) {
          try (InputStream bytes = image.getInputStream()) {
            fake.image(faq.id(), key, ImageFiles.contentTypeFor(name).orElseThrow(), bytes.readAllBytes());
          }
          return;
        }
      } catch (IOException unreadable) {
        throw HelpdeskSettingsException.invalid(PROPERTY, "cannot read the image " + name + " beside "
            + data.getDescription() + " (" + unreadable.getClass().getSimpleName() + ")");
      }
    }
  }
}
