package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.util.Optional;

/** Everything from one helpdesk but the images, which come from another repository: to make only the images fail. */
final class SplitHelpdesk extends ForwardingHelpdesk {

  private final FaqRepository images;

  SplitHelpdesk(Helpdesk faqs, FaqRepository images) {
    super(faqs);
    this.images = images;
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return images.readImage(faqId, imageKey, reader);
  }
}
