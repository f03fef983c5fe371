package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The answer to "get a FAQ's image" ({@code GET .../faqs/:id/image/:image_key}) from the served fake: its bytes
 * streamed from the fake's {@code readImage} to the client while the fake's reader runs, with the image's content
 * type and length; 404 with 154004 when the fake has no such image, and a failure it was told to inject as
 * {@link FaultAnswers} says.
 */
final class ImageStreaming {

  private ImageStreaming() {}

  static SimulatedAnswer answer(FakeHelpdesk content, FaqId faqId, ImageKey key) {
    return SimulatedAnswer.streamed(head -> {
      Optional<Boolean> sent;
      try {
        sent = content.readImage(faqId, key, image -> {
          OutputStream body = head.send(image.contentType(), image.contentLength().orElse(-1));
          image.stream().transferTo(body);
          return Boolean.TRUE;
        });
      } catch (FaqRepositoryException failure) {
        return FaultAnswers.of(failure);
      } catch (UncheckedIOException clientGone) {
        throw clientGone.getCause();
      }
      return sent.isPresent() ? null : FeishuResponses.notFound();
    });
  }
}
