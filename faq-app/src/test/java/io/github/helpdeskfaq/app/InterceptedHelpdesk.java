package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A helpdesk (the fake, or the Feishu adapter) whose images pass through a hook on their way to the reader: to hand
 * the program a hostile {@code Content-Disposition}, to stop it part-way as a kill would, or to watch how many images
 * are read at once. Everything else is the helpdesk's own.
 */
final class InterceptedHelpdesk extends ForwardingHelpdesk {

  /** What happens to an image before the program's reader gets it. */
  @FunctionalInterface
  interface Hook {
    /** Called in the reading thread; may replace the image, or throw instead. */
    FaqImage intercept(FaqId faqId, ImageKey key, FaqImage image);
  }

  private final Hook hook;

  InterceptedHelpdesk(Helpdesk helpdesk, Hook hook) {
    super(helpdesk);
    this.hook = hook;
  }

  /** A hook that changes only what the server says about the image. */
  static Hook rewriting(UnaryOperator<FaqImage> rewrite) {
    return (faqId, key, image) -> rewrite.apply(image);
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    return super.readImage(faqId, imageKey, image -> reader.read(hook.intercept(faqId, imageKey, image)));
  }
}
