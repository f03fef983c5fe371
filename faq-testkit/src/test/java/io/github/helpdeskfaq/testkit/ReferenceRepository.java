package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plain, honest repository holding {@link ContractData}, counting its lookups: what the broken decorators wrap.
 * (The fake adapter cannot serve here: it depends on the testkit for its own tests, and Maven refuses the cycle.)
 */
final class ReferenceRepository implements FaqRepository {

  private record Address(FaqId faqId, ImageKey key) {}

  private record Image(String contentType, byte[] bytes) {}

  private final Map<FaqId, Faq> faqs =
      ContractData.faqs().stream().collect(Collectors.toMap(Faq::id, Function.identity()));
  private final Map<Address, Image> images = Map.of(
      new Address(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY),
      new Image(ContractData.IMAGE_CONTENT_TYPE, ContractData.imageBytes()),
      new Address(ContractData.SECOND_FAQ_ID, ContractData.SECOND_IMAGE_KEY),
      new Image(ContractData.SECOND_IMAGE_CONTENT_TYPE, ContractData.secondImageBytes()));
  private final AtomicLong lookups = new AtomicLong();

  @Override
  public Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id");
    lookups.incrementAndGet();
    return Optional.ofNullable(faqs.get(id));
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId");
    Objects.requireNonNull(imageKey, "imageKey");
    Objects.requireNonNull(reader, "reader");
    lookups.incrementAndGet();
    Image image = images.get(new Address(faqId, imageKey));
    if (image == null) {
      return Optional.empty();
    }
    try (InputStream stream = new ClosingStream(image.bytes())) {
      return Optional.of(Objects.requireNonNull(reader.read(new FaqImage(image.contentType(),
          OptionalLong.of(image.bytes().length), Optional.empty(), stream)), "the image reader returned null"));
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  /** How many lookups reached this repository. @return the count */
  long lookups() {
    return lookups.get();
  }
}
