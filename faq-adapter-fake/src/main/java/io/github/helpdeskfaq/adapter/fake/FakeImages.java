package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** The fake's images, by FAQ and key, and how one is handed to an {@link ImageReader}. */
final class FakeImages {

  private final Map<Address, Stored> images = new ConcurrentHashMap<>();

  void put(FaqId faqId, ImageKey imageKey, String contentType, byte[] bytes) {
    images.put(new Address(faqId, imageKey), new Stored(contentType, bytes));
  }

  void putAll(FakeImages others) {
    images.putAll(others.images);
  }

  void removeAll(FaqId faqId) {
    images.keySet().removeIf(address -> address.faqId().equals(faqId));
  }

  int size() {
    return images.size();
  }

  /** Reads an image as {@link io.github.helpdeskfaq.domain.port.FaqRepository#readImage} does. */
  <T> Optional<T> read(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Stored stored = images.get(new Address(faqId, imageKey));
    if (stored == null) {
      return Optional.empty();
    }
    try (InputStream stream = new ClosableImageStream(stored.bytes())) {
      FaqImage image = new FaqImage(stored.contentType(), OptionalLong.of(stored.bytes().length), Optional.empty(),
          stream);
      return Optional.of(Objects.requireNonNull(reader.read(image), "the image reader returned null"));
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  private record Address(FaqId faqId, ImageKey imageKey) {
    Address {
      Objects.requireNonNull(faqId, "faqId must not be null");
      Objects.requireNonNull(imageKey, "imageKey must not be null");
    }
  }

  private record Stored(String contentType, byte[] bytes) {
    Stored {
      Objects.requireNonNull(contentType, "contentType must not be null");
      bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
    }
  }
}
