package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * A FAQ and its images over Feishu, for {@link FeishuHelpdesk}: the FAQ detail mapped by {@link FaqMapper}, an image
 * handed to the caller's reader as it streams in, and closed whatever the reader does.
 */
final class FeishuFaqs {

  private static final String OCTET_STREAM = "application/octet-stream";

  private final FeishuApi api;
  private final HelpdeskAuthorization helpdesk;
  private final Exchange exchange;

  FeishuFaqs(FeishuApi api, HelpdeskAuthorization helpdesk, Exchange exchange) {
    this.api = api;
    this.helpdesk = helpdesk;
    this.exchange = exchange;
  }

  Optional<Faq> findById(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    return exchange.fetch(Endpoint.FAQ, () -> "FAQ " + id, token -> api.faq(id, token, helpdesk), data -> {
      if (data == null || data.faq == null) {
        throw new IllegalArgumentException("the answer has code 0 but no data.faq");
      }
      return FaqMapper.toFaq(data.faq, Optional.of(id));
    });
  }

  <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null");
    Objects.requireNonNull(reader, "reader must not be null");
    String what = "image " + imageKey + " of FAQ " + faqId;
    return exchange.open(Endpoint.FAQ_IMAGE, () -> what, token -> api.image(faqId, imageKey, token, helpdesk))
        .map(response -> handOver(response, what, reader));
  }

  /**
   * Gives the open image to the reader, and closes the stream and the response whatever the reader does (the stream
   * too: the response's own stream would still hand out bytes it had buffered).
   */
  private static <T> T handOver(Response<ResponseBody> response, String what, ImageReader<T> reader) {
    try (ResponseBody body = response.body(); ImageStream stream = new ImageStream(body.byteStream(), what)) {
      MediaType type = body.contentType();
      long length = body.contentLength();
      FaqImage image = new FaqImage(type == null ? OCTET_STREAM : type.toString(),
          length < 0 ? OptionalLong.empty() : OptionalLong.of(length),
          ContentDisposition.fileName(response.headers().get("Content-Disposition")), stream);
      return Objects.requireNonNull(reader.read(image), "the image reader returned null");
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }
}
