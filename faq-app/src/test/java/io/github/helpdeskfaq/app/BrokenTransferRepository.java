package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.ForwardingHelpdesk;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A helpdesk whose every image breaks off after some bytes, the way the port says a broken transfer surfaces:
 * a {@link FaqServiceUnavailableException} from the stream, inside the reader.
 */
final class BrokenTransferRepository extends ForwardingHelpdesk {

  private final int bytesBeforeBreaking;

  BrokenTransferRepository(int bytesBeforeBreaking) {
    super(FakeHelpdesk.builder().build());
    this.bytesBeforeBreaking = bytesBeforeBreaking;
  }

  @Override
  public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
    InputStream breaking = new InputStream() {
      private int sent;

      @Override
      public int read() {
        if (sent == bytesBeforeBreaking) {
          throw new FaqServiceUnavailableException(
              "the image transfer broke off after " + bytesBeforeBreaking + " bytes", null, null, 1, null);
        }
        sent++;
        return 'x';
      }
    };
    try {
      return Optional.of(reader.read(new FaqImage("image/png", OptionalLong.of(10L * bytesBeforeBreaking),
          Optional.empty(), breaking)));
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }
}
