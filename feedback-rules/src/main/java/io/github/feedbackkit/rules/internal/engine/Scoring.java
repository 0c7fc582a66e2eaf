package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.Severity;
import java.util.List;
import java.util.Optional;

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

  /** How a dimension is scored (see the class comment), worked out once per engine by {@link #kindOf}. */
  static final int TIMELINESS = 0;
  static final int SPECIFICITY = 1;
  static final int ACTIONABILITY = 2;
  static final int CLARITY = 3;
  static final int BALANCE = 4;
  static final int OTHER = 5;

  /** The names of each kind's counts, in the order a sorted map keeps them (shared by every result). */
  private static final String[] TIMELINESS_COUNTS = {"daysLate", "windowDays"};
  private static final String[] SPECIFICITY_COUNTS = {"specificStatements", "vagueStatements"};
  private static final String[] ACTIONABILITY_COUNTS = {"improvementAreas", "waysForward", "withoutWayForward"};
  private static final String[] CLARITY_COUNTS = {"issues", "notes"};
  private static final String[] BALANCE_COUNTS = {"destructivePhrases", "improvementAreas", "strengths"};
  private static final String[] OTHER_COUNTS = {"errors", "notes", "warnings"};

  /**
   * @param d a dimension
   * @return how it is scored
   */
  static int kindOf(Dimension d) {
    if (d.equals(Dimension.TIMELINESS)) {
      return TIMELINESS;
    } else if (d.equals(Dimension.SPECIFICITY)) {
      return SPECIFICITY;
    } else if (d.equals(Dimension.ACTIONABILITY)) {
      return ACTIONABILITY;
    } else if (d.equals(Dimension.CLARITY)) {
      return CLARITY;
    } else if (d.equals(Dimension.BALANCE)) {
      return BALANCE;
    }
    return OTHER;
  }

  /**
   * @param d the dimension
   * @param r the reading
   * @param findings the dimension's findings that survived the policy
   * @param policy the policy
   * @param cover {@code r.wordListsCover()}, worked out once per report
   * @return the dimension's result
   */
  static DimensionResult score(Dimension d, Reading r, List<Finding> findings, QualityPolicy policy, boolean cover) {
    return score(d, kindOf(d), Lexicons.WORD_LIST_DIMENSIONS.contains(d), r, findings, policy, cover);
  }

  /**
   * {@link #score(Dimension, Reading, List, QualityPolicy, boolean)} with what depends on the
   * dimension alone worked out beforehand.
   *
   * @param d the dimension
   * @param kind {@code kindOf(d)}
   * @param wordLists whether the dimension's checks read the word lists ({@link Lexicons#WORD_LIST_DIMENSIONS})
   * @param r the reading
   * @param findings the dimension's findings that survived the policy
   * @param policy the policy
   * @param cover {@code r.wordListsCover()}, worked out once per report
   * @return the dimension's result
   */
  static DimensionResult score(
      Dimension d, int kind, boolean wordLists, Reading r, List<Finding> findings, QualityPolicy policy, boolean cover) {
    if (!cover && wordLists) {
      return DimensionResult.notAssessed(d); // no word lists for the language (clarity/unsupported-language says so)
    }
    int warnings = 0;
    int errors = 0;
    int infos = 0;
    for (int i = 0, size = findings.size(); i < size; i++) {
      switch (findings.get(i).severity()) {
        case WARNING -> warnings++;
        case ERROR -> errors++;
        case INFO -> infos++;
        default -> {
          // no other severity
        }
      }
    }
    SortedCounts counts;
    int score;
    switch (kind) {
      case TIMELINESS -> {
        Optional<Lateness> late = r.lateness();
        if (late.isEmpty()) {
          return DimensionResult.notAssessed(d);
        }
        counts = SortedCounts.of(TIMELINESS_COUNTS, (int) Math.min(Integer.MAX_VALUE, late.get().daysLate()),
            late.get().deadline().window().days());
        score = warnings + errors == 0 ? 100 : late.get().score(policy.passThreshold());
      }
      case SPECIFICITY -> {
        int vague = warnings + errors;
        int specific = r.specificStatements();
        counts = SortedCounts.of(SPECIFICITY_COUNTS, specific, vague);
        score = specific + vague == 0 ? 100 : (int) Math.round(100.0 * specific / (specific + vague));
      }
      case ACTIONABILITY -> {
        int unaddressed = warnings + errors;
        int improvements = r.improvements().size();
        int total = Math.max(improvements + count(findings, "actionability/no-next-step"), unaddressed);
        counts = SortedCounts.of(ACTIONABILITY_COUNTS, improvements, r.actionSignals(), unaddressed);
        score = total == 0 ? 100 : (int) Math.round(100.0 * (total - unaddressed) / total);
      }
      case CLARITY -> {
        int hard = count(findings, "clarity/hard-to-read");
        counts = SortedCounts.of(CLARITY_COUNTS, warnings + errors, infos);
        score = 100 - 20 * warnings - 100 * errors - 10 * hard;
      }
      default -> {
        if (kind == BALANCE) {
          counts = SortedCounts.of(BALANCE_COUNTS, count(findings, "balance/destructive-phrase"),
              r.improvements().size(), r.strengths().size());
        } else {
          counts = SortedCounts.of(OTHER_COUNTS, errors, infos, warnings);
        }
        score = 100 - 45 * warnings - 100 * errors;
      }
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
}
