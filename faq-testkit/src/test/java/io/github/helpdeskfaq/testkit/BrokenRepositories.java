package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.ImageReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Decorators of a repository, one correct and the others each with one bug that real decorators (caches, metrics,
 * retries) have had. The contract must fail every broken one.
 */
final class BrokenRepositories {

  private BrokenRepositories() {}

  /** An image read into memory. */
  private record Copy(String contentType, byte[] bytes) {
    static Copy of(FaqImage image) throws IOException {
      return new Copy(image.contentType(), image.stream().readAllBytes());
    }

    FaqImage on(InputStream stream) {
      return new FaqImage(contentType, OptionalLong.of(bytes.length), Optional.empty(), stream);
    }
  }

  /** Calls the reader as the port says: its IOException rethrown unchecked, a null result refused. */
  private static <T> Optional<T> read(ImageReader<T> reader, FaqImage image) {
    try {
      return Optional.of(Objects.requireNonNull(reader.read(image), "the image reader returned null"));
    } catch (IOException readersOwn) {
      throw new UncheckedIOException(readersOwn);
    }
  }

  /** Correct: passes every call through unchanged. */
  static class Delegating implements FaqRepository {
    final FaqRepository delegate;

    Delegating(FaqRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      return delegate.findById(id);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      return delegate.readImage(faqId, imageKey, reader);
    }

    /** Reads a copy of the image, hands the reader the stream {@code opens} makes of its bytes, then closes it. */
    <T> Optional<T> readCopy(FaqId faqId, ImageKey imageKey, ImageReader<T> reader,
        Function<byte[], InputStream> opens) {
      Objects.requireNonNull(reader, "reader");
      Optional<Copy> copy = delegate.readImage(faqId, imageKey, Copy::of);
      if (copy.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream stream = opens.apply(copy.get().bytes())) {
        return read(reader, copy.get().on(stream));
      } catch (IOException closing) {
        throw new UncheckedIOException(closing);
      }
    }
  }

  /** Finds nothing, ever. */
  static final class EmptyForEverything extends Delegating {
    EmptyForEverything(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      Objects.requireNonNull(id, "id");
      return Optional.empty();
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(faqId, "faqId");
      Objects.requireNonNull(imageKey, "imageKey");
      Objects.requireNonNull(reader, "reader");
      return Optional.empty();
    }
  }

  /** A cache that ignores the id: the first FAQ found is the answer to every later lookup. */
  static final class SameFaqForEveryId extends Delegating {
    private final AtomicReference<Faq> cached = new AtomicReference<>();

    SameFaqForEveryId(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      Faq hit = cached.get();
      if (hit != null) {
        return Optional.of(hit);
      }
      Optional<Faq> found = delegate.findById(id);
      found.ifPresent(faq -> cached.compareAndSet(null, faq));
      return found;
    }
  }

  /** A cache that ignores the FAQ and the key: the first image read is served for every later one. */
  static final class SameImageForEveryKey extends Delegating {
    private final AtomicReference<Copy> cached = new AtomicReference<>();

    SameImageForEveryKey(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      Copy hit = cached.get();
      if (hit == null) {
        Optional<Copy> read = delegate.readImage(faqId, imageKey, Copy::of);
        if (read.isEmpty()) {
          return Optional.empty();
        }
        cached.compareAndSet(null, read.get());
        hit = read.get();
      }
      try (InputStream stream = new ClosingStream(hit.bytes())) {
        return read(reader, hit.on(stream));
      } catch (IOException closing) {
        throw new UncheckedIOException(closing);
      }
    }
  }

  /** Lets the image escape the delegate's callback, then has the caller's reader read it: too late. */
  static final class ReadsTheStreamAfterTheCallback extends Delegating {
    ReadsTheStreamAfterTheCallback(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      Optional<FaqImage> escaped = delegate.readImage(faqId, imageKey, image -> image);
      return escaped.isEmpty() ? Optional.empty() : read(reader, escaped.get());
    }
  }

  /**
   * Copies the image and hands the caller's reader the copy, which it "closes" but which stays readable, so a reader
   * that keeps the stream still gets bytes later.
   */
  static final class LeaksAReadableStream extends Delegating {
    LeaksAReadableStream(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      return readCopy(faqId, imageKey, reader, ByteArrayInputStream::new);
    }
  }

  /** Copies the image into a stream of its own, which it hands to the reader and never closes. */
  static final class NeverCloses extends Delegating {
    NeverCloses(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      Optional<Copy> copy = delegate.readImage(faqId, imageKey, Copy::of);
      return copy.isEmpty() ? Optional.empty() : read(reader, copy.get().on(new ClosingStream(copy.get().bytes())));
    }
  }

  /** Turns every failure inside readImage, the reader's own included, into "no such image". */
  static final class SwallowsReaderFailures extends Delegating {
    SwallowsReaderFailures(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      try {
        return delegate.readImage(faqId, imageKey, reader);
      } catch (RuntimeException failed) {
        return Optional.empty();
      }
    }
  }

  /** Hands the reader the image without its last kilobyte, as a decorator that drops its last buffer would. */
  static final class TruncatesTheStream extends Delegating {
    static final int DROPPED = 1024;

    TruncatesTheStream(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      return delegate.readImage(faqId, imageKey, image -> reader.read(new FaqImage(image.contentType(),
          image.contentLength(), image.fileName(), new Truncated(image.stream(),
              image.contentLength().orElseThrow() - DROPPED))));
    }

    private static final class Truncated extends FilterInputStream {
      private long left;

      Truncated(InputStream in, long length) {
        super(in);
        this.left = length;
      }

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        left--;
        return super.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, left));
        left -= Math.max(n, 0);
        return n;
      }
    }
  }

  /** The argument that {@link AnswersANullWithNothing} takes a null for. */
  enum Argument { ID, FAQ_ID, IMAGE_KEY, READER }

  /**
   * Takes a null for one argument as "nothing there" and returns empty, where the port refuses it: a lookup that
   * would have found nothing anyway, as a decorator that checks its cache before its arguments answers it.
   */
  static final class AnswersANullWithNothing extends Delegating {
    private final Argument argument;

    AnswersANullWithNothing(FaqRepository delegate, Argument argument) {
      super(delegate);
      this.argument = argument;
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      return id == null && argument == Argument.ID ? Optional.empty() : delegate.findById(id);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      boolean taken = switch (argument) {
        case ID -> false;
        case FAQ_ID -> faqId == null;
        case IMAGE_KEY -> imageKey == null;
        case READER -> reader == null;
      };
      return taken ? Optional.empty() : delegate.readImage(faqId, imageKey, reader);
    }
  }

  /** Copies the image into a stream of its own and closes it after the reader returns, not when the reader throws. */
  static final class ClosesOnlyWhenTheReaderReturns extends Delegating {
    ClosesOnlyWhenTheReaderReturns(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      Optional<Copy> copy = delegate.readImage(faqId, imageKey, Copy::of);
      if (copy.isEmpty()) {
        return Optional.empty();
      }
      InputStream stream = new ClosingStream(copy.get().bytes());
      Optional<T> result = read(reader, copy.get().on(stream));
      try {
        stream.close();
      } catch (IOException closing) {
        throw new UncheckedIOException(closing);
      }
      return result;
    }
  }

  /**
   * Hands the reader a copy of the image in a stream of its own whose close stops {@code read()} but not
   * {@code read(byte[], int, int)}, which it passes straight through to the copy: a bulk read after the reader returns
   * still gets bytes.
   */
  static final class ClosesOnlyTheSingleByteRead extends Delegating {
    ClosesOnlyTheSingleByteRead(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      return readCopy(faqId, imageKey, reader, HalfClosing::new);
    }

    private static final class HalfClosing extends FilterInputStream {
      private boolean closed;

      HalfClosing(byte[] bytes) {
        super(new ByteArrayInputStream(bytes));
      }

      @Override
      public int read() throws IOException {
        if (closed) {
          throw new IOException("stream closed");
        }
        return super.read();
      }

      @Override
      public void close() {
        closed = true;
      }
    }
  }

  /**
   * Hands the reader the image's bytes but reports the length they took on the wire, gzip-compressed, as a client
   * that passes a compressed response's Content-Length on would.
   */
  static final class ReportsTheCompressedLength extends Delegating {
    ReportsTheCompressedLength(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      Objects.requireNonNull(reader, "reader");
      return delegate.readImage(faqId, imageKey, image -> {
        byte[] bytes = image.stream().readAllBytes();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
          gzip.write(bytes);
        }
        return reader.read(new FaqImage(image.contentType(), OptionalLong.of(compressed.size()), image.fileName(),
            new ByteArrayInputStream(bytes)));
      });
    }
  }

  /**
   * Holds a connection that answers only the thread that opened it, as a thread-confined client does, and reports
   * a call from any other thread as not found.
   */
  static final class AnswersOnlyTheThreadThatMadeIt extends Delegating {
    private final Thread owner = Thread.currentThread();

    AnswersOnlyTheThreadThatMadeIt(FaqRepository delegate) {
      super(delegate);
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
      return Thread.currentThread() == owner ? delegate.findById(id) : Optional.empty();
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      return Thread.currentThread() == owner ? delegate.readImage(faqId, imageKey, reader) : Optional.empty();
    }
  }
}
