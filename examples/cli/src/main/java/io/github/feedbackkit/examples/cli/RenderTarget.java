package io.github.feedbackkit.examples.cli;

/** What {@code feedbackkit render --to} produces. */
enum RenderTarget {
  CANDIDATE_EMAIL("candidate-email"),
  CANDIDATE_EMAIL_HTML("candidate-email-html"),
  MARKDOWN("markdown"),
  HTML("html"),
  JSON("json");

  private final String id;

  RenderTarget(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  static RenderTarget of(String id) {
    for (RenderTarget t : values()) {
      if (t.id.equalsIgnoreCase(id.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "invalid value for --to: '" + id + "' (expected candidate-email, candidate-email-html, markdown, html or json)");
  }

  /** For shell completion and help. */
  static final class Candidates extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Candidates() {
      for (RenderTarget t : values()) {
        add(t.id);
      }
    }
  }
}
