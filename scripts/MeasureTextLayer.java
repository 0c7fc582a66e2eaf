/*
 * Measures the text layer against the shared evaluation data, by hand (never a test: users' clones
 * have no such data). Run from the repository root after building feedback-rules:
 *
 *   ./mvnw -B -q -pl feedback-rules -am install -DskipTests
 *   java -cp feedback-rules/target/classes:feedback-core/target/classes \
 *       scripts/MeasureTextLayer.java EVAL_DIR [-v]
 *
 * EVAL_DIR holds sentence_boundaries_en.jsonl, syllables_cmudict.tsv and
 * readability_reference.json (external evaluation data, not part of this repository).
 *
 * Prints the sentence-boundary pass rate per tier (Golden Rules first; rows whose expected
 * sentences are normalised are compared with whitespace collapsed), the syllable agreement with
 * CMUdict on syllables_cmudict.tsv, and word/sentence/syllable counts, Flesch Reading Ease and
 * Flesch-Kincaid grade next to textstat's on readability_reference.json. Nothing is copied.
 */
import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public class MeasureTextLayer {
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java -cp ... scripts/MeasureTextLayer.java EVAL_DIR [-v]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    boolean verbose = args.length > 1 && args[1].equals("-v");
    TextAnalyzer en = TextAnalyzer.forLocale(Locale.ENGLISH);

    Map<String, int[]> tiers = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("sentence_boundaries_en.jsonl"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) new Json(line).value();
      if (row.containsKey("_provenance")) {
        continue;
      }
      String text = (String) row.get("text");
      List<String> expected = new ArrayList<>();
      for (Object o : (List<?>) row.get("sentences")) {
        expected.add((String) o);
      }
      List<String> got = new ArrayList<>();
      for (Sentence s : en.analyze(text).sentences()) {
        got.add(s.text(text));
      }
      if (Boolean.FALSE.equals(row.get("sentences_are_substrings"))) {
        expected = collapse(expected);
        got = collapse(got);
      }
      int[] t = tiers.computeIfAbsent((String) row.get("tier"), k -> new int[2]);
      t[1]++;
      if (expected.equals(got)) {
        t[0]++;
      } else if (verbose) {
        System.out.println("FAIL " + row.get("id") + "\n  expected " + expected + "\n  got      " + got);
      }
    }
    tiers.forEach((k, v) -> System.out.println("sentences " + k + ": " + v[0] + "/" + v[1]));

    int n = 0;
    int same = 0;
    boolean header = false;
    for (String line : Files.readAllLines(dir.resolve("syllables_cmudict.tsv"))) {
      if (line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      n++;
      if (en.syllables(f[0]) == Integer.parseInt(f[1])) {
        same++;
      } else if (verbose) {
        System.out.println("syllables " + f[0] + ": CMUdict " + f[1] + ", ours " + en.syllables(f[0]));
      }
    }
    System.out.printf("syllables: %d/%d = %.2f%% agree with CMUdict%n", same, n, 100.0 * same / n);

    @SuppressWarnings("unchecked")
    Map<String, Object> ref = (Map<String, Object>) new Json(Files.readString(dir.resolve("readability_reference.json"))).value();
    @SuppressWarnings("unchecked")
    Map<String, Object> texts = (Map<String, Object>) ref.get("texts");
    @SuppressWarnings("unchecked")
    Map<String, Object> expectedByText = (Map<String, Object>) ref.get("expected_by_text");
    for (Map.Entry<String, Object> e : texts.entrySet()) {
      Metrics m = en.analyze((String) e.getValue()).metrics();
      @SuppressWarnings("unchecked")
      Map<String, Object> x = (Map<String, Object>) expectedByText.get(e.getKey());
      @SuppressWarnings("unchecked")
      Map<String, Object> d = (Map<String, Object>) x.getOrDefault("derived_components", Map.of());
      System.out.printf("readability %-10s ours %d/%d/%d FRE %.3f FKGL %.3f | textstat %s/%s/%s FRE %s FKGL %s%n",
          e.getKey(), m.words(), m.sentences(), m.syllables(), m.fleschReadingEase(), m.fleschKincaidGrade(),
          num(d.get("words")), num(d.get("sentences")), num(d.get("syllables")),
          num(x.get("flesch_reading_ease")), num(x.get("flesch_kincaid_grade")));
    }
  }

  private static String num(Object o) {
    if (!(o instanceof Double d)) {
      return "0";
    }
    return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
  }

  private static List<String> collapse(List<String> in) {
    List<String> out = new ArrayList<>();
    for (String s : in) {
      out.add(s.replaceAll("\\s+", " ").trim());
    }
    return out;
  }

  /** A minimal JSON reader (objects, arrays, strings, numbers, booleans, null), enough for the data files. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          i++; // ':'
          m.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int st = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return Double.parseDouble(s.substring(st, i));
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
