package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.fake.RecordedCall;
import io.github.helpdeskfaq.app.render.Ticker;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** A small helpdesk to mirror, and ways to look at a mirror, for the tests of {@code faq-app sync}. */
final class MirrorFixtures {

  static final CategoryId PARENT = CategoryId.of("c-parent");
  static final CategoryId CHILD = CategoryId.of("c-child");
  static final CategoryId OTHER = CategoryId.of("c-other");

  /** One image. */
  static final String ONE_IMAGE = "100";
  /** Two images. */
  static final String TWO_IMAGES = "200";
  /** No image. */
  static final String NO_IMAGE = "300";

  private MirrorFixtures() {}

  /**
   * The helpdesk: FAQ 100 (image img-a, PNG) under the parent category, FAQ 200 (images img-b, GIF, and img-c,
   * JPEG) under its child, FAQ 300 (no image) under another category; every FAQ updated at second 1000.
   */
  static FakeHelpdesk helpdesk() {
    FakeHelpdesk fake = FakeHelpdesk.builder()
        .category(category(PARENT, "Parent", null))
        .category(category(CHILD, "Child", PARENT))
        .category(category(OTHER, "Other", null))
        .build();
    put(fake, faq(ONE_IMAGE, 1000, "One image?", PARENT, "img-a"));
    put(fake, faq(TWO_IMAGES, 1000, "Two images?", CHILD, "img-b", "img-c"));
    put(fake, faq(NO_IMAGE, 1000, "No image?", OTHER));
    return fake;
  }

  /** A FAQ whose answer is a line of text, then each image. */
  static Faq faq(String id, long updateSecond, String question, CategoryId category, String... imageKeys) {
    List<RichTextElement> answer = new ArrayList<>();
    answer.add(new RichTextElement.Text("Answer to " + id + "."));
    for (String key : imageKeys) {
      answer.add(RichTextElement.image(ImageKey.of(key)));
    }
    return Faq.builder(FaqId.of(id)).question(question).answerRichText(answer)
        .updateTime(Instant.ofEpochSecond(updateSecond))
        .categories(List.of(category(category, null, null))).build();
  }

  /** Puts a FAQ and every image of its answer into the fake. */
  static void put(FakeHelpdesk fake, Faq faq) {
    fake.put(faq);
    for (ImageKey key : faq.imageKeys()) {
      fake.putImage(faq.id(), key, contentType(key), bytes(key));
    }
  }

  /** The content type of an image: from a key ending in -b GIF, -c JPEG, else PNG. */
  static String contentType(ImageKey key) {
    return key.value().endsWith("-b") ? "image/gif" : key.value().endsWith("-c") ? "image/jpeg" : "image/png";
  }

  /** The bytes of an image: its key, repeated, so that each image differs. */
  static byte[] bytes(ImageKey key) {
    return (key.value() + ";").repeat(100).getBytes(StandardCharsets.UTF_8);
  }

  private static Category category(CategoryId id, String name, CategoryId parent) {
    return new Category(Optional.of(id), Optional.empty(), Optional.ofNullable(name),
        Optional.ofNullable(parent), Optional.empty(), Optional.empty());
  }

  /** Every regular file under a folder, as paths relative to it with {@code /}, sorted. */
  static List<String> files(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of the images the fake was asked for, in order. */
  static List<String> imageRequests(FakeHelpdesk fake) {
    return fake.calls().stream().filter(call -> call.operation() == RecordedCall.Operation.READ_IMAGE)
        .map(call -> call.imageKey().orElseThrow().value()).toList();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock that moves only when told. */
  static final class ManualTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
      return nanos.get();
    }

    void advance(Duration duration) {
      nanos.addAndGet(duration.toNanos());
    }
  }
}
