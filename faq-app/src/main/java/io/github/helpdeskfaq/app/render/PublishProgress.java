package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.mirror.PublishListener;
import io.github.helpdeskfaq.mirror.PublishPlan;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * The progress of a publish on standard error, as {@link SyncProgress} shows a sync's, in the same {@link
 * SyncProgress.Mode modes}: the changes written of those to write, and the time left.
 */
public final class PublishProgress implements PublishListener {

  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final long LOG_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintStream err;
  private final String label;
  private final SyncProgress.Mode mode;
  private final Ticker ticker;
  private final long started;
  private long lastShown;
  private int shownWidth;

  /**
   * The display of a publish.
   *
   * @param label what begins each line, the command's name
   */
  public PublishProgress(PrintStream err, String label, SyncProgress.Mode mode, Ticker ticker) {
    this.err = Objects.requireNonNull(err, "err");
    this.label = Objects.requireNonNull(label, "label");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.started = ticker.nanoTime();
    this.lastShown = started;
  }

  @Override
  public void written(PublishPlan.Change change, int done, int total) {
    long now = ticker.nanoTime();
    if (now - lastShown < (mode == SyncProgress.Mode.TERMINAL ? REDRAW_NANOS : LOG_NANOS)) {
      return;
    }
    lastShown = now;
    Duration elapsed = Duration.ofNanos(now - started);
    String line = done + "/" + total + " written"
        + (done < total ? ", " + SyncProgress.duration(elapsed.multipliedBy(total - done).dividedBy(done)) + " left"
            : "");
    switch (mode) {
      case TERMINAL -> {
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        shownWidth = line.length();
      }
      case LOG -> err.println(label + ": " + line);
      case QUIET -> { }
    }
    err.flush();
  }

  /** The time since this progress began. */
  public Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - started);
  }

  /** Clears the line from the terminal, before an error is printed or the summary. */
  public void clear() {
    if (mode == SyncProgress.Mode.TERMINAL && shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }
}
