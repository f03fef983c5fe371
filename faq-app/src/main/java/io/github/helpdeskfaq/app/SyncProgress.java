package io.github.helpdeskfaq.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of a sync on standard error, and its summary at the end. In a terminal, one line redrawn in place
 * ({@code \r}) at most every {@link #REDRAW_MILLIS} ms; elsewhere (a log, a pipe) a line every {@link #LOG_SECONDS}
 * seconds; with {@code --quiet} nothing. The line: FAQs and images done of their totals, bytes received, the rate and
 * the time left. Time comes from a {@link Ticker}, so tests decide it.
 *
 * <p>{@link #received} may be called from any thread; everything else from the one thread that runs the sync, which
 * is also the only one that prints.
 */
final class SyncProgress {

  /** How progress is shown. */
  enum Mode {
    /** A line redrawn in place, for a person at a terminal. */
    TERMINAL,
    /** A line every few seconds, for a log. */
    LOG,
    /** Nothing but the errors, which are not this class's. */
    QUIET
  }

  static final long REDRAW_MILLIS = 100;
  static final long LOG_SECONDS = 5;

  private final PrintStream err;
  private final String label;
  private final Mode mode;
  private final Ticker ticker;
  private final long started;
  private final AtomicLong bytes = new AtomicLong();
  private long downloadsStarted;
  private long lastShown;
  private int shownWidth;
  private boolean listing = true;
  private int listed;
  private int faqsTotal;
  private int faqsDone;
  private int imagesTotal;
  private int imagesDone;

  SyncProgress(PrintStream err, String label, Mode mode, Ticker ticker) {
    this.err = Objects.requireNonNull(err, "err");
    this.label = Objects.requireNonNull(label, "label");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.started = ticker.nanoTime();
    this.lastShown = started;
  }

  /** How often the sync's thread should call {@link #tick()} while it waits, to keep the line moving. */
  Duration tickInterval() {
    return mode == Mode.TERMINAL ? Duration.ofMillis(REDRAW_MILLIS * 2) : Duration.ofSeconds(1);
  }

  /** So many FAQs have been listed so far. */
  void listed(int count) {
    listed = count;
    tick();
  }

  /**
   * The listing is read and the work planned.
   *
   * @param faqs every FAQ of the mirror
   * @param unchanged how many of them are done already
   * @param images how many images are to be downloaded
   */
  void planned(int faqs, int unchanged, int images) {
    listing = false;
    faqsTotal = faqs;
    faqsDone = unchanged;
    imagesTotal = images;
    downloadsStarted = ticker.nanoTime();
    if (mode == Mode.TERMINAL) {
      show(downloadsStarted);
    }
  }

  /** Bytes of an image arrived; from any thread. */
  void received(long count) {
    bytes.addAndGet(count);
  }

  /** An image was saved, found missing, or failed. */
  void imageDone() {
    imagesDone++;
    tick();
  }

  /** A FAQ's page was written. */
  void faqDone() {
    faqsDone++;
    tick();
  }

  /** Shows the line if it is time to. */
  void tick() {
    long now = ticker.nanoTime();
    long interval = mode == Mode.TERMINAL ? Duration.ofMillis(REDRAW_MILLIS).toNanos()
        : Duration.ofSeconds(LOG_SECONDS).toNanos();
    if (now - lastShown >= interval) {
      show(now);
    }
  }

  /** The time since this progress began. */
  Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - started);
  }

  /** Clears the line from the terminal, and prints the summary unless quiet. */
  void finish(String summary) {
    clear();
    if (mode != Mode.QUIET) {
      err.println(label + ": " + summary);
      err.flush();
    }
  }

  /** Clears the line from the terminal, before an error is printed or the summary. */
  void clear() {
    if (mode == Mode.TERMINAL && shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }

  private void show(long now) {
    lastShown = now;
    switch (mode) {
      case TERMINAL -> {
        String line = line(now);
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
      }
      case LOG -> {
        err.println(label + ": " + line(now));
        err.flush();
      }
      case QUIET -> { }
    }
  }

  private String line(long now) {
    if (listing) {
      return "listing: " + listed + " FAQs";
    }
    long received = bytes.get();
    Duration downloading = Duration.ofNanos(now - downloadsStarted);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d/%d FAQs, %d/%d images, %s",
        faqsDone, faqsTotal, imagesDone, imagesTotal, bytes(received)));
    if (!downloading.isZero() && received > 0) {
      line.append(", ").append(bytes((long) (received * 1e9 / downloading.toNanos()))).append("/s");
    }
    if (imagesDone > 0 && imagesDone < imagesTotal) {
      line.append(", ").append(duration(downloading.multipliedBy(imagesTotal - imagesDone).dividedBy(imagesDone)))
          .append(" left");
    }
    return line.toString();
  }

  /** A number of bytes for people: {@code 512 B}, {@code 12.3 KiB}, {@code 4.0 MiB}, {@code 1.2 GiB}. */
  static String bytes(long count) {
    if (count < 1024) {
      return count + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = count / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** A duration for people: {@code 4.2 s}, {@code 3m05s}, {@code 2h10m}. */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
