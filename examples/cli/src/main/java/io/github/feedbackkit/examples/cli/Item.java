package io.github.feedbackkit.examples.cli;

/**
 * One unit of work read from the inputs, in input order: a free text, a JSON document (raw, parsed
 * later on a worker thread), or an input that could not be read at all.
 *
 * @param kind what the content is
 * @param source the input as the user named it ({@code samples/x.json}, {@code <stdin>})
 * @param line the line of a {@code .jsonl} file the document was on (1-based), or 0 for a whole file
 * @param id for free text, the feedback id (the file name); otherwise null
 * @param content the text, the raw JSON, or the problem's message
 */
record Item(Kind kind, String source, int line, String id, String content) {
  enum Kind {
    TEXT,
    JSON,
    UNREADABLE
  }

  static Item text(String source, String id, String text) {
    return new Item(Kind.TEXT, source, 0, id, text);
  }

  static Item json(String source, int line, String raw) {
    return new Item(Kind.JSON, source, line, null, raw);
  }

  static Item unreadable(String source, int line, String message) {
    return new Item(Kind.UNREADABLE, source, line, null, message);
  }

  /** {@code file} or {@code file:line} for a line of a {@code .jsonl} file. */
  String where() {
    return line > 0 ? source + ":" + line : source;
  }
}
