package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Downloads images into a mirror, a few at a time, all through the one repository, so that the adapter's one rate
 * limiter paces them all: each image is streamed to its file ({@link FaqFiles}, atomically) by one of
 * {@code concurrency} threads, and its {@link Result} handed back to the thread that runs the sync, which alone
 * writes pages and keeps count.
 *
 * <p>{@link #close()} lets the downloads under way finish (each ends with a complete file or none) and skips the
 * rest, so that nothing writes into the mirror once the sync has returned or thrown.
 */
final class ImageFetches implements AutoCloseable {

  /**
   * An image to download.
   *
   * @param faqId the FAQ it belongs to
   * @param key its key
   * @param folder the folder to save it in
   */
  record Request(FaqId faqId, ImageKey key, Path folder) {}

  /** How a download ended. */
  sealed interface Outcome {}

  /** Saved, complete, under its name. */
  record Saved(MirroredFaq.Image image) implements Outcome {}

  /** The helpdesk does not have it. */
  record Missing() implements Outcome {}

  /** The helpdesk could not hand it over (unavailable, refused, the transfer broke off); nothing was saved. */
  record Failed(RuntimeException error) implements Outcome {}

  /** Something that must end the sync: a local file that cannot be written, a bug. */
  record Fatal(Throwable error) implements Outcome {}

  /** Not tried, because the fetches were closed first. */
  record Skipped() implements Outcome {}

  /**
   * A download that ended.
   *
   * @param request what was asked for
   * @param outcome how it ended
   */
  record Result(Request request, Outcome outcome) {}

  private final FaqRepository faqs;
  private final FaqFiles.DownloadListener received;
  private final ExecutorService pool;
  private final CompletionService<Result> results;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Starts the threads.
   *
   * @param concurrency how many images at once, as {@link Mirror.Builder#concurrency} allows
   * @param received told of every chunk of bytes as it arrives, from the downloading threads
   */
  ImageFetches(FaqRepository faqs, int concurrency, LongConsumer received) {
    Objects.requireNonNull(received, "received");
    this.faqs = Objects.requireNonNull(faqs, "faqs");
    this.received = new FaqFiles.DownloadListener() {
      @Override
      public void received(long bytes) {
        received.accept(bytes);
      }
    };
    this.pool = Executors.newFixedThreadPool(concurrency, threads());
    this.results = new ExecutorCompletionService<>(pool);
  }

  /** Queues a download. */
  void submit(Request request) {
    results.submit(() -> new Result(request, fetch(request)));
  }

  /**
   * The next download that ended, waiting at most {@code timeout} for one.
   *
   * @return the result, or empty when none ended in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  Optional<Result> poll(Duration timeout) throws InterruptedException {
    Future<Result> done = results.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (done == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(done.get());
    } catch (ExecutionException cannotHappen) {
      // fetch() returns every failure as an outcome; only an Error escapes it.
      throw new IllegalStateException("an image download failed outside its outcome", cannotHappen.getCause());
    }
  }

  private Outcome fetch(Request request) {
    if (closed.get()) {
      return new Skipped();
    }
    try {
      return FaqFiles.save(faqs, request.faqId(), request.key(), request.folder()::resolve, received)
          .<Outcome>map(saved -> new Saved(new MirroredFaq.Image(request.key(),
              saved.file().getFileName().toString(), saved.size(), saved.sha256())))
          .orElseGet(Missing::new);
    } catch (FaqRepositoryException | UncheckedIOException transfer) {
      return new Failed(transfer);
    } catch (RuntimeException | Error fatal) {
      return new Fatal(fatal);
    }
  }

  /** Skips the downloads not yet begun and waits for those under way to end. */
  @Override
  public void close() {
    closed.set(true);
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException stop) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "faq-sync-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
