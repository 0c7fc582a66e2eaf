package io.github.feedbackkit.rules;

import io.github.feedbackkit.rules.internal.engine.DimensionResults;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analyzer says of one feedback document or text: the overall score (the weighted mean
 * of the assessed dimensions), the verdict, each dimension's result, the findings in a
 * deterministic order (field, start, end, rule id), and readability metrics. Immutable. Its JSON
 * form ({@code feedbackkit-report/1}) is written by {@code feedback-render}.
 *
 * @param feedbackId the document's id, or empty for free text with no id
 * @param score overall score 0–100
 * @param verdict PASS or REVISE
 * @param dimensions the result of each dimension, in dimension order
 * @param findings the findings, in a deterministic order
 * @param metrics readability metrics over all text fields
 */
public record QualityReport(
    Optional<String> feedbackId,
    int score,
    Verdict verdict,
    Map<Dimension, DimensionResult> dimensions,
    List<Finding> findings,
    Metrics metrics) {

  /**
   * Validates the report and makes its collections immutable.
   *
   * @param feedbackId the document's id, or empty for free text with no id
   * @param score overall score 0–100
   * @param verdict PASS or REVISE
   * @param dimensions the result of each dimension, in dimension order
   * @param findings the findings, in a deterministic order
   * @param metrics readability metrics over all text fields
   * @throws IllegalArgumentException when the score is outside 0–100
   */
  public QualityReport {
    Objects.requireNonNull(feedbackId, "feedbackId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(metrics, "metrics");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score " + score + " outside 0-100");
    }
    // the engine's results are immutable, in dimension order, each filed under its own dimension: kept as they are
    if (!(dimensions instanceof DimensionResults)) {
      Map<Dimension, DimensionResult> ordered = new LinkedHashMap<>(Math.max(16, dimensions.size() * 2));
      // already in dimension order (as the analyzer builds it): no sorted copy needed
      for (Map.Entry<Dimension, DimensionResult> e : (inOrder(dimensions) ? dimensions
          : new java.util.TreeMap<>(dimensions)).entrySet()) {
        if (!e.getKey().equals(e.getValue().dimension())) {
          throw new IllegalArgumentException("result for " + e.getValue().dimension() + " filed under " + e.getKey());
        }
        ordered.put(e.getKey(), e.getValue());
      }
      dimensions = Collections.unmodifiableMap(ordered);
    }
    findings = Immutable.list(findings, "findings");
  }

  /** Whether the map's keys come in strictly ascending order (a null key throws, as a sorted copy would). */
  private static boolean inOrder(Map<Dimension, DimensionResult> dimensions) {
    if (!(dimensions instanceof LinkedHashMap || dimensions instanceof java.util.SortedMap)) {
      return false; // another map's order may change between two iterations
    }
    Dimension previous = null;
    for (Dimension d : dimensions.keySet()) {
      Objects.requireNonNull(d, "dimension");
      if (previous != null && previous.compareTo(d) >= 0) {
        return false;
      }
      previous = d;
    }
    return true;
  }

  /**
   * @param dimension a dimension
   * @return its result, or a not-assessed result when the report has none for it
   */
  public DimensionResult dimension(Dimension dimension) {
    DimensionResult r = dimensions.get(dimension);
    return r != null ? r : DimensionResult.notAssessed(dimension);
  }

  /** @return whether the verdict is {@link Verdict#PASS} */
  public boolean passed() {
    return verdict == Verdict.PASS;
  }

  /**
   * @param severity a severity
   * @return whether some finding has this severity or a more serious one
   * @throws NullPointerException naming {@code severity} when it is null
   */
  public boolean hasFindingAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    // an indexed loop: a stream would test the JDK's shared list class against RandomAccess (see Immutable)
    for (int i = 0, n = findings.size(); i < n; i++) {
      if (findings.get(i).severity().compareTo(severity) >= 0) {
        return true;
      }
    }
    return false;
  }
}
