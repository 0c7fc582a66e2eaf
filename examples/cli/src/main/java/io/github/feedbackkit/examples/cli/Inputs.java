package io.github.feedbackkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The inputs of a command as one lazy stream of {@link Item}s in input order. A {@code .jsonl}
 * file is read one line at a time, so a batch of any size takes constant memory. Inputs:
 * {@code .txt} (free text, the feedback id is the file name), {@code .json} (one document),
 * {@code .jsonl} (one document per line; blank lines are skipped), a directory (its {@code .json},
 * {@code .jsonl} and {@code .txt} files, sorted by name), and {@code -} for stdin (JSON Lines when
 * the first line is a whole JSON object, one JSON document when it starts with <code>{</code>,
 * free text otherwise). Not thread-safe: the command's main thread reads it.
 */
final class Inputs implements Iterator<Item>, AutoCloseable {
  static final String STDIN = "-";
  static final String STDIN_NAME = "<stdin>";

  /**
   * The most one document may hold: 8 MiB (bytes of a file, characters of stdin or of a line of a
   * {@code .jsonl} file), as {@code FeedbackJson.MAX_DOCUMENT_LENGTH}. A bigger input is a bad
   * input; it is never read into memory whole.
   */
  static final int MAX_DOCUMENT = 8 * 1024 * 1024;

  static final String TOO_LARGE = "input larger than 8 MiB (the limit of one document)";

  private final Deque<String> pending;
  private final Io io;
  private final long totalBytes;
  private long bytesRead;
  private Item next;
  private LineReader lines;
  private String linesSource;
  private int lineNumber;
  private boolean stdinIsLines;
  private final boolean namesOneDocument;

  Inputs(List<String> inputs, Io io) {
    this.pending = new ArrayDeque<>(inputs);
    this.io = io;
    this.namesOneDocument = inputs.size() == 1 && namesOneDocument(inputs.get(0));
    long total = 0;
    for (String s : inputs) {
      if (!STDIN.equals(s)) {
        try {
          Path p = resolve(s);
          total += Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException | RuntimeException e) {
          // reported when the input is read
        }
      }
    }
    this.totalBytes = total;
  }

  /** Sum of the sizes of the named regular files, for the progress bar (0 when unknown). */
  long totalBytes() {
    return totalBytes;
  }

  /** Approximate bytes read so far (characters of the lines read). */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (lines != null) {
        next = nextLine();
        if (next != null) {
          break;
        }
        closeLines();
      }
      if (pending.isEmpty()) {
        return false;
      }
      next = open(pending.removeFirst());
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  @Override
  public void close() {
    closeLines();
  }

  private Path resolve(String name) {
    return io.workingDirectory().resolve(name);
  }

  /** Opens one input; returns its first item, or null when it yields nothing (an empty .jsonl). */
  private Item open(String name) {
    if (STDIN.equals(name)) {
      return openStdin();
    }
    Path path;
    try {
      path = resolve(name);
    } catch (RuntimeException e) {
      return Item.unreadable(name, 0, "not a valid path");
    }
    if (Files.isDirectory(path)) {
      List<String> children = new ArrayList<>();
      try (Stream<Path> s = Files.list(path)) {
        s.filter(p -> Files.isRegularFile(p) && type(p.getFileName().toString()) != null)
            .map(p -> name.endsWith("/") ? name + p.getFileName() : name + "/" + p.getFileName())
            .sorted()
            .forEach(children::add);
      } catch (IOException e) {
        return Item.unreadable(name, 0, "cannot list directory: " + describe(e));
      }
      if (children.isEmpty()) {
        return Item.unreadable(name, 0, "directory holds no .json, .jsonl or .txt file");
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.addFirst(children.get(i));
      }
      return null;
    }
    String type = type(name);
    if (type == null) {
      return Item.unreadable(name, 0, "unsupported input: expected a .txt, .json or .jsonl file, a directory, or - for stdin");
    }
    try {
      if (type.equals("jsonl")) {
        lines = new LineReader(reader(Files.newInputStream(path)), MAX_DOCUMENT);
        linesSource = name;
        lineNumber = 0;
        return null;
      }
      if (Files.size(path) > MAX_DOCUMENT) {
        return Item.unreadable(name, 0, TOO_LARGE);
      }
      String content = read(reader(Files.newInputStream(path)), MAX_DOCUMENT);
      if (content == null) {
        return Item.unreadable(name, 0, TOO_LARGE);
      }
      bytesRead += content.length();
      if (type.equals("json")) {
        return Item.json(name, 0, content);
      }
      return Item.text(name, path.getFileName().toString(), content);
    } catch (NoSuchFileException e) {
      return Item.unreadable(name, 0, "no such file");
    } catch (AccessDeniedException e) {
      return Item.unreadable(name, 0, "permission denied");
    } catch (IOException e) {
      return Item.unreadable(name, 0, "cannot read: " + describe(e));
    }
  }

  private Item openStdin() {
    try {
      BufferedReader r = reader(io.in());
      r.mark(1 << 20);
      StringBuilder head = new StringBuilder();
      int c;
      while ((c = r.read()) != -1 && c != '\n' && head.length() < (1 << 20) - 1) {
        head.append((char) c);
      }
      r.reset();
      String first = head.toString().strip();
      if (first.startsWith("{") && Json.isCompleteObject(first)) {
        lines = new LineReader(r, MAX_DOCUMENT);
        linesSource = STDIN_NAME;
        lineNumber = 0;
        stdinIsLines = true;
        return null;
      }
      String all = read(r, MAX_DOCUMENT);
      if (all == null) {
        return Item.unreadable(STDIN_NAME, 0, TOO_LARGE);
      }
      bytesRead += all.length();
      return first.startsWith("{") ? Item.json(STDIN_NAME, 0, all) : Item.text(STDIN_NAME, "stdin", all);
    } catch (IOException e) {
      return Item.unreadable(STDIN_NAME, 0, "cannot read: " + describe(e));
    }
  }

  private Item nextLine() {
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (line == LineReader.TOO_LONG) {
          bytesRead += MAX_DOCUMENT;
          return Item.unreadable(linesSource, lineNumber, TOO_LARGE);
        }
        bytesRead += line.length() + 1;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          return Item.json(linesSource, lineNumber, line);
        }
      }
      return null;
    } catch (IOException | UncheckedIOException e) {
      return Item.unreadable(linesSource, lineNumber + 1, "cannot read: " + e.getMessage());
    }
  }

  private void closeLines() {
    if (lines != null) {
      try {
        if (!STDIN_NAME.equals(linesSource)) {
          lines.close();
        }
      } catch (IOException e) {
        // nothing left to read anyway
      }
      lines = null;
    }
  }

  static String type(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return "jsonl";
    }
    if (lower.endsWith(".json")) {
      return "json";
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
      return "txt";
    }
    return null;
  }

  /** UTF-8, malformed bytes replaced (never an exception in the middle of a batch). */
  static BufferedReader reader(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
  }

  /** Whether one input is exactly one document: {@code -}, or a {@code .txt} or {@code .json} file. */
  private boolean namesOneDocument(String name) {
    if (STDIN.equals(name)) {
      return true;
    }
    String type = type(name);
    if (type == null || type.equals("jsonl")) {
      return false;
    }
    try {
      return !Files.isDirectory(resolve(name));
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * Whether the command line names exactly one document: one {@code .txt} or {@code .json} file,
   * or {@code -} holding one document (not JSON Lines, which is known once stdin is opened).
   */
  boolean oneDocument() {
    return namesOneDocument && !stdinIsLines;
  }

  /** Whether the command line names exactly one input that is not JSON Lines nor a directory. */
  boolean namesOneDocument() {
    return namesOneDocument;
  }

  /**
   * Reads all of {@code r}, or returns null (and reads no further) once it holds more than {@code
   * max} characters.
   */
  static String read(Reader r, int max) throws IOException {
    try (r) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 14];
      int n;
      while ((n = r.read(buf)) != -1) {
        if (b.length() + n > max + 1) {
          return null;
        }
        b.append(buf, 0, n);
      }
      if (b.length() > 0 && b.charAt(0) == '\uFEFF') {
        b.deleteCharAt(0);
      }
      if (b.length() > max) {
        return null;
      }
      return b.toString();
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
