package io.github.feedbackkit.examples.cli;

/**
 * Prints the JSON values of {@code --format json}: a single object when the command line names
 * one document (exactly one {@code .txt} or {@code .json} file, or {@code -} holding one document),
 * an array otherwise (several inputs, a {@code .jsonl}, a directory), even when the array ends up
 * with one value or none. So the shape follows from the command line, never from the data.
 * Streams the values as they come; not thread-safe.
 */
final class JsonOutput {
  private final Io io;
  private final Inputs inputs;
  private int count;
  private boolean array;

  JsonOutput(Io io, Inputs inputs) {
    this.io = io;
    this.inputs = inputs;
  }

  /** Prints one value (an object, pretty-printed or not). */
  void add(String json) {
    if (count == 0) {
      // decided at the first value: by then stdin is opened and known to be one document or lines
      array = !inputs.oneDocument();
      if (array) {
        io.out().print("[\n");
      }
    } else {
      io.out().print(array ? ",\n" : "\n");
    }
    io.out().print(json);
    count++;
  }

  /** Ends the output: closes the array, or ends the line of the single object. */
  void finish() {
    if (count == 0) {
      if (!inputs.oneDocument()) {
        io.out().print("[]\n");
      }
    } else {
      io.out().print(array ? "\n]\n" : "\n");
    }
  }
}
