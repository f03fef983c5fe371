package io.github.helpdeskfaq.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Progress of a large download on standard error, redrawn in place ({@code \r}) whenever another percent arrives,
 * or another {@value #UNKNOWN_LENGTH_STEP} bytes when the length is unknown. Shown only to a person: when the
 * program runs in a terminal and the image is at least {@value #LARGE} bytes (an image of unknown length once that
 * many bytes have arrived). Counts bytes, not time, so it needs no clock.
 */
final class DownloadProgress {

  /** Smaller images arrive before a person could read a progress line. */
  static final long LARGE = 1024 * 1024;
  private static final long UNKNOWN_LENGTH_STEP = 256 * 1024;
  private static final double MIB = 1024.0 * 1024.0;

  private final PrintStream err;
  private final String label;
  private final OptionalLong total;
  private final boolean enabled;
  private long received;
  private long lastStep = -1;
  private boolean shown;

  DownloadProgress(PrintStream err, String label, OptionalLong total, boolean interactive) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.enabled = interactive && (total.isEmpty() || total.getAsLong() >= LARGE);
  }

  InputStream track(InputStream in) {
    return enabled ? new Counting(in) : in;
  }

  /** Ends the progress line, if one was drawn. */
  void finish() {
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

  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = super.read(bytes, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }
  }
}
