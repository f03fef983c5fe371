package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments;
import io.github.helpdeskfaq.app.exit.FileProblem;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.mirror.ImageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seeds the fake: with the bundled demo data, or with FAQs from a file in Feishu's response format
 * ({@code --fake-data}). Either way the images are files named {@code <image-key>.<ext>} beside the FAQs (the content
 * type from the extension), and each FAQ gets the images that the {@code img} elements of its rich-text answer name
 * ({@link Faq#imageKeys()}). The fake's categories are those its FAQs are filed under (the first FAQ that names a
 * category id gives its name and parent), so the demo data's FAQs show a small category tree.
 */
final class FakeData {

  /** The demo FAQs: the FAQ of Feishu's documentation, one whose answer shows an image, and a few in a small tree. */
  private static final String DEMO_FAQS = "/io/github/helpdeskfaq/app/demo/faqs.json";
  private static final String DEMO_FOLDER = "/io/github/helpdeskfaq/app/demo/";

  private FakeData() {}

  /** A fake holding the demo FAQs and their image. */
  static FakeHelpdesk demo() {
    try (InputStream json = FakeData.class.getResourceAsStream(DEMO_FAQS)) {
      if (json == null) {
        throw new IllegalStateException("the demo data " + DEMO_FAQS + " is missing from the program");
      }
      return seed(FeishuFaqDocuments.read(json), FakeData::demoImage);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the demo data " + DEMO_FAQS, unreadable);
    }
  }

  /**
   * A fake holding the FAQs of a file and the images beside it.
   *
   * @throws UsageException if the file is missing, unreadable, or not in Feishu's format
   */
  static FakeHelpdesk fromFile(Path file) {
    String cannotRead = "cannot read --fake-data " + file + ": ";
    if (Files.isDirectory(file)) {
      throw new UsageException(cannotRead + "it is a folder; give the JSON file");
    }
    List<Faq> faqs;
    try (InputStream json = Files.newInputStream(file)) {
      faqs = FeishuFaqDocuments.read(json);
    } catch (NoSuchFileException missing) {
      throw new UsageException(cannotRead + "no such file", missing);
    } catch (IOException unreadable) {
      throw new UsageException(cannotRead + FileProblem.reasonFor(unreadable), unreadable);
    } catch (UncheckedIOException unreadable) {
      throw new UsageException(cannotRead + FileProblem.reasonFor(unreadable.getCause()), unreadable);
    } catch (IllegalArgumentException garbage) {
      throw new UsageException("cannot use --fake-data " + file + " (" + garbage.getMessage() + "): it must hold "
          + "one Feishu FAQ-detail response or an array of them", garbage);
    }
    Path folder = file.toAbsolutePath().getParent();
    try {
      return seed(faqs, key -> fileImage(folder, key));
    } catch (IllegalArgumentException badCategories) {
      throw new UsageException("cannot use --fake-data " + file + ": " + badCategories.getMessage(), badCategories);
    }
  }

  /** An image found for a key: its content type and bytes. */
  private record Image(String contentType, byte[] bytes) {}

  @FunctionalInterface
  private interface ImageSource {
    Optional<Image> find(ImageKey key);
  }

  private static FakeHelpdesk seed(List<Faq> faqs, ImageSource images) {
    FakeHelpdesk.Builder fake = FakeHelpdesk.builder().faqs(faqs);
    Set<CategoryId> seen = new HashSet<>();
    faqs.stream().flatMap(faq -> faq.categories().stream())
        .filter(category -> category.id().filter(seen::add).isPresent())
        .forEach(fake::category);
    for (Faq faq : faqs) {
      for (ImageKey key : faq.imageKeys()) {
        images.find(key).ifPresent(image -> fake.image(faq.id(), key, image.contentType(), image.bytes()));
      }
    }
    return fake.build();
  }

  private static Optional<Image> demoImage(ImageKey key) {
    for (String extension : ImageFiles.knownExtensions()) {
      String name = key.value() + "." + extension;
      try (InputStream bytes = FakeData.class.getResourceAsStream(DEMO_FOLDER + name)) {
        if (bytes != null) {
          return Optional.of(new Image(ImageFiles.contentTypeFor(name).orElseThrow(), bytes.readAllBytes()));
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException("cannot read the demo image " + name, unreadable);
      }
    }
    return Optional.empty();
  }

  private static Optional<Image> fileImage(Path folder, ImageKey key) {
    for (String extension : ImageFiles.knownExtensions()) {
      Path file = folder.resolve(key.value() + "." + extension);
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(new Image(ImageFiles.contentTypeFor(file.getFileName().toString()).orElseThrow(),
              Files.readAllBytes(file)));
        } catch (IOException unreadable) {
          throw new UsageException("cannot read the fake image " + file + ": " + FileProblem.reasonFor(unreadable),
              unreadable);
        }
      }
    }
    return Optional.empty();
  }
}
