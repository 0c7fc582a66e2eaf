package io.github.feedbackkit.examples.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n} or {@code \r\n}, or a lone {@code \r} as {@link java.io.BufferedReader}
 * does) with a cap on the length of one line: a longer line is skipped to its end without being
 * buffered, and {@link #TOO_LONG} stands for it. So one huge line of a {@code .jsonl} file costs
 * constant memory. Not thread-safe.
 */
final class LineReader implements AutoCloseable {
  /** Stands for a line longer than the cap (compare by identity). */
  static final String TOO_LONG = new String("<line too long>");

  private final Reader in;
  private final int max;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean skipLf;

  LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** @return the next line without its terminator, {@link #TOO_LONG}, or null at the end */
  String readLine() throws IOException {
    StringBuilder line = null;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          return tooLong ? TOO_LONG : line == null ? "" : line.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        int have = line == null ? 0 : line.length();
        if (have + n > max) {
          tooLong = true;
          line = null;
        } else if (n > 0) {
          if (line == null) {
            line = new StringBuilder(Math.min(max, Math.max(n, 80)));
          }
          line.append(buf, start, n);
        }
      }
      if (pos < limit) {
        skipLf = buf[pos] == '\r';
        pos++;
        return tooLong ? TOO_LONG : line == null ? "" : line.toString();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
