package io.github.helpdeskfaq.app.render;

import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.mirror.FaqFiles;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Progress of a large download on standard error, redrawn in place ({@code \r}) whenever another percent arrives,
 * or another {@value #UNKNOWN_LENGTH_STEP} bytes when the length is unknown. Shown only to a person: when the
 * program runs in a terminal and the image is at least {@value #LARGE} bytes (an image of unknown length once that
 * many bytes have arrived). Counts bytes, not time, so it needs no clock. One image at a time.
 */
public final class DownloadProgress implements FaqFiles.DownloadListener {

  /** Smaller images arrive before a person could read a progress line. */
  private static final long LARGE = 1024 * 1024;
  private static final long UNKNOWN_LENGTH_STEP = 256 * 1024;
  private static final double MIB = 1024.0 * 1024.0;

  private final PrintStream err;
  private final boolean interactive;
  private String label = "";
  private OptionalLong total = OptionalLong.empty();
  private boolean enabled;
  private long received;
  private long lastStep;
  private boolean shown;

  /**
   * The progress of downloads onto standard error.
   *
   * @param interactive whether a person watches it: else nothing is shown
   */
  public DownloadProgress(PrintStream err, boolean interactive) {
    this.err = Objects.requireNonNull(err, "err");
    this.interactive = interactive;
  }

  @Override
  public void started(ImageKey key, OptionalLong length) {
    label = key.value();
    total = length;
    enabled = interactive && (length.isEmpty() || length.getAsLong() >= LARGE);
    received = 0;
    lastStep = -1;
    shown = false;
  }

  @Override
  public void received(long bytes) {
    if (enabled) {
      advance(bytes);
    }
  }

  /** Ends the progress line, if one was drawn. */
  @Override
  public void ended() {
    if (shown) {
      err.println();
      err.flush();
    }
  }

  private void advance(long bytes) {
    received += bytes;
    long step;
    String line;
    if (total.isPresent() && total.getAsLong() > 0) {
      step = Math.min(100, received * 100 / total.getAsLong());
      line = String.format(Locale.ROOT, "%s: %.1f of %.1f MiB (%d%%)", label, received / MIB,
          total.getAsLong() / MIB, step);
    } else {
      if (received < LARGE) {
        return;
      }
      step = received / UNKNOWN_LENGTH_STEP;
      line = String.format(Locale.ROOT, "%s: %.1f MiB", label, received / MIB);
    }
    if (step != lastStep) {
      lastStep = step;
      shown = true;
      err.print("\r" + line);
      err.flush();
    }
  }
}
