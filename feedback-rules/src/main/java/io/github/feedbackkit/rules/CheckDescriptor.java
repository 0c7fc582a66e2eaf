package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.Feedback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A check's metadata, declared once: its stable id ({@code dimension/rule-name}), dimension,
 * one-line summary of what it catches, why that matters, default severity, and good and bad
 * examples. Validated when built: the id must be well formed and start with the dimension's id,
 * and there must be at least one good and one bad example.
 *
 * <pre>{@code
 * CheckDescriptor d = CheckDescriptor.builder("clarity/no-shouting")
 *     .dimension(Dimension.CLARITY)
 *     .summary("Words in capitals read as shouting")
 *     .rationale("The recipient hears the tone, not the point.")
 *     .severity(Severity.WARNING)
 *     .good("Your answer was clear.")
 *     .bad("Your answer was «WRONG».")
 *     .build();
 * }</pre>
 *
 * @param id the stable rule id
 * @param dimension the dimension the rule scores
 * @param summary what it catches, one line
 * @param rationale why it matters
 * @param severity the default severity
 * @param examples good and bad examples
 */
public record CheckDescriptor(
    String id, Dimension dimension, String summary, String rationale, Severity severity, List<CheckExample> examples) {

  /**
   * Validates the descriptor.
   *
   * @param id the stable rule id
   * @param dimension the dimension the rule scores
   * @param summary what it catches, one line
   * @param rationale why it matters
   * @param severity the default severity
   * @param examples good and bad examples
   * @throws IllegalArgumentException naming the problem
   */
  public CheckDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dimension, "dimension of " + id);
    Objects.requireNonNull(summary, "summary of " + id);
    Objects.requireNonNull(rationale, "rationale of " + id);
    Objects.requireNonNull(severity, "severity of " + id);
    examples = List.copyOf(examples);
    if (!Finding.isWellFormedRuleId(id)) {
      throw new IllegalArgumentException("malformed rule id '" + id + "': expected 'dimension/rule-name' in lower case");
    }
    if (!id.startsWith(dimension.id() + "/")) {
      throw new IllegalArgumentException("rule id '" + id + "' must start with its dimension '" + dimension.id() + "/'");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("summary of " + id + " must not be blank");
    }
    if (examples.stream().noneMatch(CheckExample::good) || examples.stream().allMatch(CheckExample::good)) {
      throw new IllegalArgumentException(id + " needs at least one good and one bad example");
    }
  }

  /**
   * @param id the stable rule id, e.g. {@code specificity/vague-evaluation}
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link CheckDescriptor}. */
  public static final class Builder {
    private final String id;
    private Dimension dimension;
    private String summary = "";
    private String rationale = "";
    private Severity severity = Severity.WARNING;
    private final List<CheckExample> examples = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      int slash = id.indexOf('/');
      if (slash > 0 && Dimension.isWellFormed(id.substring(0, slash))) {
        dimension = Dimension.of(id.substring(0, slash));
      }
    }

    /**
     * @param dimension the dimension (by default the one named by the id's first segment)
     * @return this builder
     */
    public Builder dimension(Dimension dimension) {
      this.dimension = Objects.requireNonNull(dimension, "dimension");
      return this;
    }

    /**
     * @param summary what the rule catches, one line
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = Objects.requireNonNull(summary, "summary");
      return this;
    }

    /**
     * @param rationale why it matters
     * @return this builder
     */
    public Builder rationale(String rationale) {
      this.rationale = Objects.requireNonNull(rationale, "rationale");
      return this;
    }

    /**
     * @param severity the default severity (warning unless set)
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * @param texts texts in which the rule must find nothing
     * @return this builder
     */
    public Builder good(String... texts) {
      for (String t : texts) {
        examples.add(CheckExample.good(t));
      }
      return this;
    }

    /**
     * @param marked texts with the span(s) the rule must report marked «like this»
     * @return this builder
     */
    public Builder bad(String... marked) {
      for (String t : marked) {
        examples.add(CheckExample.bad(t));
      }
      return this;
    }

    /**
     * @param description what the document shows
     * @param document a document in which the rule must find nothing
     * @param now the instant taken as "now"
     * @return this builder
     */
    public Builder goodDocument(String description, Feedback document, Instant now) {
      examples.add(CheckExample.goodDocument(description, document, now));
      return this;
    }

    /**
     * @param description what the document shows
     * @param document a document in which the rule must report a finding
     * @param now the instant taken as "now"
     * @param field the field the finding must name
     * @return this builder
     */
    public Builder badDocument(String description, Feedback document, Instant now, String field) {
      examples.add(CheckExample.badDocument(description, document, now, field));
      return this;
    }

    /** @return the descriptor */
    public CheckDescriptor build() {
      if (dimension == null) {
        throw new IllegalArgumentException("malformed rule id '" + id + "': expected 'dimension/rule-name' in lower case");
      }
      return new CheckDescriptor(id, dimension, summary, rationale, severity, examples);
    }
  }
}
