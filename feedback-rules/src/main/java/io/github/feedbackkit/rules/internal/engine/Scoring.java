package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores a dimension from the reading and the findings that survived the policy, so that every
 * point taken off is explained by a finding (a switched-off rule takes nothing off).
 *
 * <ul>
 *   <li>timeliness: 100 in time; late, below the threshold and falling with the delay;
 *   <li>specificity: the share of evaluative statements that are specific;
 *   <li>actionability: the share of improvement areas (and required next steps) with a way forward;
 *   <li>balance, fairness and plugin dimensions: 100 − 45 per warning − 100 per error;
 *   <li>clarity: 100 − 20 per warning − 100 per error − 10 for hard reading.
 * </ul>
 */
final class Scoring {
  private Scoring() {}

  /**
   * @param d the dimension
   * @param r the reading
   * @param findings the dimension's findings that survived the policy
   * @param policy the policy
   * @param cover {@code r.wordListsCover()}, worked out once per report
   * @return the dimension's result
   */
  static DimensionResult score(Dimension d, Reading r, List<Finding> findings, QualityPolicy policy, boolean cover) {
    if (!cover && Lexicons.WORD_LIST_DIMENSIONS.contains(d)) {
      return DimensionResult.notAssessed(d); // no word lists for the language (clarity/unsupported-language says so)
    }
    int warnings = count(findings, Severity.WARNING);
    int errors = count(findings, Severity.ERROR);
    int infos = count(findings, Severity.INFO);
    Map<String, Integer> counts = new TreeMap<>(); // sorted: the result copies it without sorting again
    int score;
    if (d.equals(Dimension.TIMELINESS)) {
      Optional<Lateness> late = r.lateness();
      if (late.isEmpty()) {
        return DimensionResult.notAssessed(d);
      }
      counts.put("windowDays", late.get().deadline().window().days());
      counts.put("daysLate", (int) Math.min(Integer.MAX_VALUE, late.get().daysLate()));
      score = warnings + errors == 0 ? 100 : late.get().score(policy.passThreshold());
    } else if (d.equals(Dimension.SPECIFICITY)) {
      int vague = warnings + errors;
      int specific = r.specificStatements();
      counts.put("specificStatements", specific);
      counts.put("vagueStatements", vague);
      score = specific + vague == 0 ? 100 : (int) Math.round(100.0 * specific / (specific + vague));
    } else if (d.equals(Dimension.ACTIONABILITY)) {
      int unaddressed = warnings + errors;
      int improvements = r.improvements().size();
      int total = Math.max(improvements + count(findings, "actionability/no-next-step"), unaddressed);
      counts.put("improvementAreas", improvements);
      counts.put("withoutWayForward", unaddressed);
      counts.put("waysForward", r.actionSignals());
      score = total == 0 ? 100 : (int) Math.round(100.0 * (total - unaddressed) / total);
    } else if (d.equals(Dimension.CLARITY)) {
      int hard = count(findings, "clarity/hard-to-read");
      counts.put("issues", warnings + errors);
      counts.put("notes", infos);
      score = 100 - 20 * warnings - 100 * errors - 10 * hard;
    } else {
      if (d.equals(Dimension.BALANCE)) {
        counts.put("strengths", r.strengths().size());
        counts.put("improvementAreas", r.improvements().size());
        counts.put("destructivePhrases", count(findings, "balance/destructive-phrase"));
      } else {
        counts.put("errors", errors);
        counts.put("warnings", warnings);
        counts.put("notes", infos);
      }
      score = 100 - 45 * warnings - 100 * errors;
    }
    score = Math.max(0, Math.min(100, score));
    return DimensionResult.assessed(d, score, score >= policy.passThreshold(), counts);
  }

  private static int count(List<Finding> findings, String ruleId) {
    int n = 0;
    for (int i = 0, size = findings.size(); i < size; i++) {
      if (findings.get(i).ruleId().equals(ruleId)) {
        n++;
      }
    }
    return n;
  }

  private static int count(List<Finding> findings, Severity s) {
    int n = 0;
    for (int i = 0, size = findings.size(); i < size; i++) {
      if (findings.get(i).severity() == s) {
        n++;
      }
    }
    return n;
  }
}
