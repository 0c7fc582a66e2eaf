package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.CheckContext;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.DocumentCheck;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.TextCheck;
import io.github.feedbackkit.rules.Verdict;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs the checks over a reading, applies the policy (switches, severities, allowed phrases, a
 * document's own suppressions), scores each dimension and builds the report. Thread-safe: all
 * state of an analysis lives on the stack; the only state the engine keeps is its text analyzers'
 * memo of word forms, which never changes a result.
 */
public final class Engine {
  /**
   * Metadata key of a document listing rule ids (comma-separated) to suppress for it alone.
   * Suppression never removes an ERROR-severity finding.
   */
  public static final String SUPPRESS_KEY = "feedbackkit.suppress";

  /** The longest allowed phrase (policy phrases are at most 200 characters). */
  private static final int MAX_ALLOWED_PHRASE = 200;

  private final List<Check> checks;
  private final QualityPolicy policy;
  private final Clock clock;
  private final Reader reader;
  private final Set<Dimension> dimensions;
  private final TextAnalyzer english;
  private volatile TextAnalyzer german;

  /**
   * @param checks the checks, ids unique (their order does not matter)
   * @param policy the policy
   * @param clock the clock for "now"
   * @param lexicons the word lists
   */
  public Engine(List<Check> checks, QualityPolicy policy, Clock clock, Lexicons lexicons) {
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(c -> c.descriptor().id()));
    this.checks = List.copyOf(sorted);
    this.policy = policy;
    this.clock = clock;
    this.reader = new Reader(lexicons);
    Set<Dimension> dims = new TreeSet<>(Dimension.builtIns());
    for (Check c : sorted) {
      dims.add(c.descriptor().dimension());
    }
    this.dimensions = Set.copyOf(dims);
    this.english = TextAnalyzer.forLocale(Locale.ENGLISH);
  }

  /**
   * This engine's text analyzer for a locale (each remembers the word forms it has met, so the
   * engine keeps one per language): German for "de", English for everything else.
   */
  private TextAnalyzer analyzer(Locale locale) {
    if (!locale.getLanguage().equals("de")) {
      return english;
    }
    TextAnalyzer g = german;
    if (g == null) {
      synchronized (this) {
        g = german;
        if (g == null) {
          g = TextAnalyzer.forLocale(Locale.GERMAN);
          german = g;
        }
      }
    }
    return g;
  }

  /** @return the checks, sorted by id */
  public List<Check> checks() {
    return checks;
  }

  /**
   * @param text free text
   * @return its report
   */
  public QualityReport analyze(String text) {
    Instant now = clock.instant();
    Reading r = reader.readText(text, analyzer(policy.locale()), now, policy);
    return report(r, Optional.empty(), Set.of());
  }

  /**
   * @param feedback a document
   * @return its report
   */
  public QualityReport analyze(Feedback feedback) {
    Instant now = clock.instant();
    Reading r = reader.readDocument(feedback, analyzer(feedback.locale()), now, policy);
    Set<String> suppressed = new TreeSet<>();
    String list = feedback.metadata().get(SUPPRESS_KEY);
    if (list != null) {
      for (String id : list.split(",", -1)) {
        if (!id.isBlank()) {
          suppressed.add(id.strip());
        }
      }
    }
    return report(r, Optional.of(feedback.id()), suppressed);
  }

  private QualityReport report(Reading r, Optional<String> id, Set<String> suppressed) {
    Map<String, String> texts = new HashMap<>();
    for (FieldText f : r.fields()) {
      texts.put(f.field(), f.text().text());
    }
    List<Finding> raw = new ArrayList<>();
    for (Check c : checks) {
      String ruleId = c.descriptor().id();
      if (!policy.isEnabled(ruleId)) {
        continue;
      }
      if (c instanceof ReadingCheck && !r.wordListsCover()
          && Lexicons.WORD_LIST_DIMENSIONS.contains(c.descriptor().dimension())) {
        continue; // English word lists on another language: noise, and the dimension is not assessed
      }
      Sink sink = new Sink(c.descriptor(), texts, r.fieldOrder());
      if (c instanceof ReadingCheck rc) {
        rc.check(r, sink);
      } else if (c instanceof TextCheck tc) {
        for (FieldText f : r.fields()) {
          sink.field(f.field());
          tc.check(f.text(), new CheckContext(f.field(), r.feedback(), r.now(), policy), sink);
        }
      } else if (c instanceof DocumentCheck dc && r.feedback().isPresent()) {
        dc.check(r.feedback().get(), new CheckContext("", r.feedback(), r.now(), policy), sink);
      }
      raw.addAll(sink.findings());
    }
    List<Finding> findings = applyPolicy(raw, r, suppressed);
    Map<Dimension, DimensionResult> results = new TreeMap<>();
    Map<Dimension, List<Finding>> byDimension = new HashMap<>();
    for (Finding f : findings) {
      byDimension.computeIfAbsent(f.dimension(), d -> new ArrayList<>()).add(f);
    }
    double sum = 0;
    double weights = 0;
    double plainSum = 0;
    int assessed = 0;
    boolean allPass = true;
    for (Dimension d : new TreeSet<>(dimensions)) {
      DimensionResult result = Scoring.score(d, r, byDimension.getOrDefault(d, List.of()), policy);
      results.put(d, result);
      if (result.assessed()) {
        int s = result.score().getAsInt();
        double w = policy.weight(d);
        sum += w * s;
        weights += w;
        plainSum += s;
        assessed++;
        allPass &= result.passed().orElse(true);
      }
    }
    int score = assessed == 0 ? 100 : (int) Math.round(weights > 0 ? sum / weights : plainSum / assessed);
    boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    Verdict verdict = allPass && !error ? Verdict.PASS : Verdict.REVISE;
    Metrics metrics = Metrics.EMPTY;
    for (FieldText f : r.fields()) {
      metrics = metrics.plus(f.text().metrics());
    }
    return new QualityReport(id, Math.max(0, Math.min(100, score)), verdict, results, findings, metrics);
  }

  /**
   * Applies allowed phrases, severity overrides and a document's own suppressions. A document
   * can never suppress a finding whose (policy-adjusted) severity is {@link Severity#ERROR}:
   * legal-risk errors are switched off only by the policy.
   */
  private List<Finding> applyPolicy(List<Finding> raw, Reading r, Set<String> suppressed) {
    Map<String, List<int[]>> allowed = allowedSpans(r);
    Set<String> seen = new LinkedHashSet<>();
    List<Finding> out = new ArrayList<>(raw.size());
    for (Finding f : raw) {
      if (f.end() > f.start() && insideAllowed(allowed.get(f.field()), f.start(), f.end())) {
        continue;
      }
      String key = f.ruleId() + '\u0000' + f.field() + '\u0000' + f.start() + '\u0000' + f.end();
      if (!seen.add(key)) {
        continue;
      }
      Severity s = policy.severity(f.ruleId(), f.severity());
      if (s != Severity.ERROR && suppressed.contains(f.ruleId())) {
        continue;
      }
      out.add(s == f.severity() ? f
          : new Finding(f.ruleId(), f.dimension(), s, f.field(), f.start(), f.end(), f.excerpt(), f.message(),
              f.suggestions()));
    }
    Map<String, Integer> order = r.fieldOrder();
    out.sort(Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.field(), Integer.MAX_VALUE))
        .thenComparing(Finding::field)
        .thenComparingInt(Finding::start)
        .thenComparingInt(Finding::end)
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::message));
    return out;
  }

  private Map<String, List<int[]>> allowedSpans(Reading r) {
    if (policy.allowedPhrases().isEmpty()) {
      return Map.of();
    }
    Map<String, List<int[]>> spans = new HashMap<>();
    for (FieldText f : r.fields()) {
      String lower = f.text().text().toLowerCase(Locale.ROOT);
      if (lower.length() != f.text().text().length()) {
        continue; // offsets would not line up; no allowed phrases in such rare texts
      }
      for (String phrase : policy.allowedPhrases()) {
        String p = phrase.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
          int end = i + p.length();
          boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
          boolean wordEnd = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
          if (wordStart && wordEnd) {
            spans.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(new int[] {i, end});
          }
        }
      }
    }
    for (List<int[]> l : spans.values()) {
      l.sort(Comparator.comparingInt((int[] a) -> a[0]));
    }
    return spans;
  }

  /** Spans sorted by start; only those starting within the longest phrase's reach are looked at. */
  private static boolean insideAllowed(List<int[]> spans, int start, int end) {
    if (spans == null) {
      return false;
    }
    int lo = 0;
    int hi = spans.size();
    int from = end - MAX_ALLOWED_PHRASE;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < spans.size() && spans.get(i)[0] <= start; i++) {
      if (spans.get(i)[1] >= end) {
        return true;
      }
    }
    return false;
  }
}
