package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqRepository;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.ImageReader;
import java.util.Optional;

/** FAQs from one repository, images from another: to make only the images fail. */
record SplitRepository(FaqRepository faqs, FaqRepository images) implements FaqRepository {

  @Override
  public Optional<Faq> findById(FaqId id) {
    return faqs.findById(id);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return images.readImage(faqId, imageKey, reader);
  }
}
