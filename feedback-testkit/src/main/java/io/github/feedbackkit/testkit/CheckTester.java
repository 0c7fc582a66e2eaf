package io.github.feedbackkit.testkit;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.CheckExample;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.Suggestion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A fluent tester for people who write their own checks, in the spirit of Error Prone's {@code
 * CompilationTestHelper}: run one check alone over a text in which the expected spans are marked
 * «like this», or over a document, and assert what it finds. Failures throw {@link AssertionError}
 * with the text and the findings, so it works with any test framework.
 *
 * <pre>{@code
 * CheckTester.of(new MyCheck())
 *     .text("Thanks for the demo. «Great job.»")
 *     .expectFinding();                       // exactly at the marked span
 * CheckTester.of(new MyCheck())
 *     .text("You sized the cache from the read/write ratio.")
 *     .expectNoFinding();
 * CheckTester.of(new MyCheck()).text("Use «leverage» less.").expectFinding().expectSuggestion("use");
 * }</pre>
 *
 * <p>The check runs with only itself registered (no built-ins, no plugins), under the default
 * policy unless {@link #policy(QualityPolicy)} says otherwise, with "now" fixed by {@link
 * #now(Instant)} (default 2026-01-01T00:00:00Z). Built-in checks can be tested the same way:
 * {@code CheckTester.of(FeedbackAnalyzer.standard().check("clarity/jargon").orElseThrow())}.
 */
public final class CheckTester {
  private final Check check;
  private final QualityPolicy policy;
  private final Instant now;

  private CheckTester(Check check, QualityPolicy policy, Instant now) {
    this.check = check;
    this.policy = policy;
    this.now = now;
  }

  /**
   * @param check the check under test
   * @return a tester for it
   */
  public static CheckTester of(Check check) {
    Objects.requireNonNull(check, "check");
    return new CheckTester(check, QualityPolicy.defaults(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  /**
   * @param policy the policy to analyse under
   * @return a tester with that policy
   */
  public CheckTester policy(QualityPolicy policy) {
    return new CheckTester(check, Objects.requireNonNull(policy, "policy"), now);
  }

  /**
   * @param now the instant taken as "now"
   * @return a tester with that clock
   */
  public CheckTester now(Instant now) {
    return new CheckTester(check, policy, Objects.requireNonNull(now, "now"));
  }

  /**
   * Analyses free text; the marks «» are removed first and remembered as the expected spans.
   *
   * @param marked the text, with the spans the check should report marked «like this»
   * @return the outcome to assert on
   */
  public Outcome text(String marked) {
    Objects.requireNonNull(marked, "marked");
    boolean hasMarks = marked.indexOf(CheckExample.OPEN) >= 0 || marked.indexOf(CheckExample.CLOSE) >= 0;
    CheckExample ex = hasMarks ? CheckExample.bad(marked) : CheckExample.good(marked);
    QualityReport report = analyzer().analyze(ex.text());
    return new Outcome(ex.text(), ex.spans(), mine(report));
  }

  /**
   * Analyses a document.
   *
   * @param feedback the document
   * @return the outcome to assert on (no expected spans)
   */
  public Outcome document(Feedback feedback) {
    Objects.requireNonNull(feedback, "feedback");
    return new Outcome(feedback.id(), List.of(), mine(analyzer().analyze(feedback)));
  }

  private FeedbackAnalyzer analyzer() {
    return FeedbackAnalyzer.builder()
        .builtIns(false)
        .loadPlugins(false)
        .addCheck(check)
        .policy(policy)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .build();
  }

  private List<Finding> mine(QualityReport report) {
    String id = check.descriptor().id();
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(id)) {
        out.add(f);
      }
    }
    return out;
  }

  /** What the check found in one input, with assertions that throw {@link AssertionError}. */
  public static final class Outcome {
    private final String input;
    private final List<Span> expected;
    private final List<Finding> findings;

    private Outcome(String input, List<Span> expected, List<Finding> findings) {
      this.input = input;
      this.expected = expected;
      this.findings = List.copyOf(findings);
    }

    /** @return the findings of the check under test, in report order */
    public List<Finding> findings() {
      return findings;
    }

    /**
     * Asserts findings exactly at the marked spans (one per span, no others); with no marks, at
     * least one finding.
     *
     * @return this outcome
     */
    public Outcome expectFinding() {
      if (expected.isEmpty()) {
        if (findings.isEmpty()) {
          throw fail("expected a finding but got none");
        }
        return this;
      }
      TreeSet<String> want = new TreeSet<>();
      for (Span s : expected) {
        want.add(s.start() + "-" + s.end());
      }
      TreeSet<String> got = new TreeSet<>();
      for (Finding f : findings) {
        got.add(f.start() + "-" + f.end());
      }
      if (!want.equals(got)) {
        throw fail("expected findings at " + describe(expected) + " but got them at " + got);
      }
      return this;
    }

    /**
     * Asserts findings at the marked spans, all of this severity.
     *
     * @param severity the expected severity
     * @return this outcome
     */
    public Outcome expectFinding(Severity severity) {
      expectFinding();
      for (Finding f : findings) {
        if (f.severity() != severity) {
          throw fail("expected severity " + severity.id() + " but " + f.ruleId() + " at [" + f.start() + ", "
              + f.end() + ") is " + f.severity().id());
        }
      }
      return this;
    }

    /**
     * Asserts that the check found nothing.
     *
     * @return this outcome
     */
    public Outcome expectNoFinding() {
      if (!findings.isEmpty()) {
        throw fail("expected no finding");
      }
      return this;
    }

    /**
     * Asserts that some finding's message contains a fragment.
     *
     * @param fragment the expected fragment
     * @return this outcome
     */
    public Outcome expectMessageContaining(String fragment) {
      for (Finding f : findings) {
        if (f.message().contains(fragment)) {
          return this;
        }
      }
      throw fail("expected a message containing \"" + fragment + "\"");
    }

    /**
     * Asserts that some finding offers this replacement.
     *
     * @param replacement the expected replacement text
     * @return this outcome
     */
    public Outcome expectSuggestion(String replacement) {
      for (Finding f : findings) {
        for (Suggestion s : f.suggestions()) {
          if (s.kind() == Suggestion.Kind.REPLACE && s.text().equals(replacement)) {
            return this;
          }
        }
      }
      throw fail("expected a suggestion to replace with \"" + replacement + "\"");
    }

    private AssertionError fail(String what) {
      StringBuilder sb = new StringBuilder(what).append("\n  input: ").append(input).append("\n  findings:");
      if (findings.isEmpty()) {
        sb.append(" none");
      }
      for (Finding f : findings) {
        sb.append("\n    ").append(f.ruleId()).append(' ').append(f.severity().id()).append(' ').append(f.field())
            .append(" [").append(f.start()).append(", ").append(f.end()).append(") \"").append(f.excerpt())
            .append("\": ").append(f.message());
      }
      return new AssertionError(sb.toString());
    }

    private static String describe(List<Span> spans) {
      List<String> out = new ArrayList<>();
      for (Span s : spans) {
        out.add(s.start() + "-" + s.end());
      }
      return out.toString();
    }
  }
}
