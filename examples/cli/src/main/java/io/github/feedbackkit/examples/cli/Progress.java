package io.github.feedbackkit.examples.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for large batches: shown only when enabled (stderr is a terminal and
 * stdout is not, so it never mixes with the reports), and only once a run has lasted a moment and
 * passed a hundred documents; redrawn at most ten times a second; erased at the end. Called from
 * the writing thread only.
 */
final class Progress {
  private static final long SHOW_AFTER_NANOS = 300_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier bytesRead;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean visible;

  Progress(PrintStream err, boolean enabled, LongSupplier bytesRead, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.bytesRead = bytesRead;
    this.totalBytes = totalBytes;
  }

  void tick(long documents) {
    if (!enabled || documents < 100) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = (now - started) / 1e9;
    StringBuilder b = new StringBuilder("\r\u001b[K");
    if (totalBytes > 0) {
      double done = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
      int filled = (int) Math.round(done * WIDTH);
      b.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      b.append(String.format("%3d%%  ", Math.round(done * 100)));
    }
    b.append(String.format("%,d documents  %,.0f/s", documents, documents / seconds));
    err.print(b);
    err.flush();
    visible = true;
  }

  /** Erases the bar (before an error message, and at the end). */
  void clear() {
    if (visible) {
      err.print("\r\u001b[K");
      err.flush();
      visible = false;
    }
  }
}
