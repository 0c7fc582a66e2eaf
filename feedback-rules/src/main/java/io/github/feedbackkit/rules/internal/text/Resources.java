package io.github.feedbackkit.rules.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the text layer's resource files (UTF-8, optionally gzip-compressed). */
final class Resources {
  private Resources() {}

  /**
   * Opens a resource of this module.
   *
   * @param path absolute resource path
   * @return the stream, decompressed when the name ends with {@code .gz}; null when missing
   */
  static InputStream open(String path) throws IOException {
    InputStream in = Resources.class.getResourceAsStream(path);
    if (in == null) {
      return null;
    }
    return path.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * The data lines of a resource: trimmed of trailing line breaks, without blank lines and
   * {@code #} comments.
   *
   * @param path absolute resource path
   * @param required whether a missing resource is an error
   * @return the lines (empty when an optional resource is missing)
   * @throws IllegalStateException when a required resource is missing or unreadable
   */
  static List<String> lines(String path, boolean required) {
    try (InputStream in = open(path)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing text-layer resource " + path);
        }
        return List.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(stripEnd(line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text-layer resource " + path, e);
    }
  }

  private static String stripEnd(String line) {
    int e = line.length();
    while (e > 0 && (line.charAt(e - 1) == '\r' || line.charAt(e - 1) == ' ')) {
      e--;
    }
    return line.substring(0, e);
  }
}
