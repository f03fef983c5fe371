package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.mirror.MirrorListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The progress of a sync on standard error, its warnings, and its summary at the end. In a terminal, one line redrawn
 * in place ({@code \r}) at most every {@link #REDRAW_MILLIS} ms; elsewhere (a log, a pipe) a line every
 * {@link #LOG_SECONDS} seconds; with {@code --quiet} nothing, not even a warning. The line: FAQs and images done of
 * their totals, bytes received, the rate and the time left. Time comes from a {@link Ticker}, so tests decide it.
 *
 * <p>{@link #received} may be called from any thread; everything else from the one thread that runs the sync, which
 * is also the only one that prints.
 */
public final class SyncProgress implements MirrorListener {

  /** How progress is shown. */
  public enum Mode {
    /** A line redrawn in place, for a person at a terminal. */
    TERMINAL,
    /** A line every few seconds, for a log. */
    LOG,
    /** Nothing but the errors, which are not this class's. */
    QUIET
  }

  private static final long REDRAW_MILLIS = 100;
  private static final long LOG_SECONDS = 5;

  private final PrintStream err;
  private final String label;
  private final Mode mode;
  private final Ticker ticker;
  private final Consumer<String> warnings;
  private final Function<Path, String> display;
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

  /**
   * The display of a sync.
   *
   * @param label what begins each line, the command's name
   * @param warnings prints a warning, in words, as one line
   * @param display a path as the user should read it
   */
  public SyncProgress(PrintStream err, String label, Mode mode, Ticker ticker, Consumer<String> warnings,
      Function<Path, String> display) {
    this.err = Objects.requireNonNull(err, "err");
    this.label = Objects.requireNonNull(label, "label");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.display = Objects.requireNonNull(display, "display");
    this.started = ticker.nanoTime();
    this.lastShown = started;
  }

  @Override
  public void manifestUnreadable(Path manifest, String reason) {
    warn("the mirror's manifest " + display.apply(manifest) + " cannot be read (" + reason
        + "); the mirror is checked against the files on disk instead");
  }

  @Override
  public void imageMissing(FaqId faqId, ImageKey key) {
    warn("image " + key + " of FAQ " + faqId + " was not found; its page notes it instead of showing it");
  }

  /** Often enough to keep the line moving. */
  @Override
  public Duration heartbeatInterval() {
    return mode == Mode.TERMINAL ? Duration.ofMillis(REDRAW_MILLIS * 2) : Duration.ofSeconds(1);
  }

  @Override
  public void listed(int count) {
    listed = count;
    tick();
  }

  @Override
  public void planned(int faqs, int unchanged, int images) {
    listing = false;
    faqsTotal = faqs;
    faqsDone = unchanged;
    imagesTotal = images;
    downloadsStarted = ticker.nanoTime();
    if (mode == Mode.TERMINAL) {
      show(downloadsStarted);
    }
  }

  @Override
  public void received(long count) {
    bytes.addAndGet(count);
  }

  @Override
  public void imageDone(FaqId faqId, ImageKey key) {
    imagesDone++;
    tick();
  }

  @Override
  public void faqDone(FaqId faqId) {
    faqsDone++;
    tick();
  }

  @Override
  public void heartbeat() {
    tick();
  }

  /** Shows the line if it is time to. */
  private void tick() {
    long now = ticker.nanoTime();
    long interval = mode == Mode.TERMINAL ? Duration.ofMillis(REDRAW_MILLIS).toNanos()
        : Duration.ofSeconds(LOG_SECONDS).toNanos();
    if (now - lastShown >= interval) {
      show(now);
    }
  }

  /** The time since this progress began. */
  public Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - started);
  }

  /** Clears the line from the terminal, and prints the summary unless quiet. */
  public void finish(String summary) {
    clear();
    if (mode != Mode.QUIET) {
      err.println(label + ": " + summary);
      err.flush();
    }
  }

  /** Clears the line and prints a warning, unless quiet. */
  private void warn(String message) {
    if (mode != Mode.QUIET) {
      clear();
      warnings.accept(message);
    }
  }

  /** Clears the line from the terminal, before an error is printed or the summary. */
  public void clear() {
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
  public static String bytes(long count) {
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
  public static String duration(Duration duration) {
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
