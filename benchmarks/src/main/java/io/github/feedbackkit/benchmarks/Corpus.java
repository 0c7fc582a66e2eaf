package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.Subject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark corpus: {@value #DOCUMENTS} feedback documents from a fixed seed, the text of each
 * (every free-text field, the characters an analysis reads), and single texts of any size cut from
 * that text. Deterministic: the same seed gives the same characters on every machine and run.
 */
public final class Corpus {
  /** The seed of the standard corpus. */
  public static final long SEED = 20_261_124L;
  /** Documents in the standard corpus. */
  public static final int DOCUMENTS = 1_000;

  private final List<Feedback> documents;
  private final String[] texts;
  private final long utf8Bytes;

  private Corpus(List<Feedback> documents) {
    this.documents = List.copyOf(documents);
    this.texts = new String[documents.size()];
    long bytes = 0;
    for (int i = 0; i < texts.length; i++) {
      texts[i] = textOf(documents.get(i));
      bytes += texts[i].getBytes(StandardCharsets.UTF_8).length;
    }
    this.utf8Bytes = bytes;
  }

  /** @return the standard corpus: {@value #DOCUMENTS} documents generated from {@link #SEED} */
  public static Corpus standard() {
    return new Corpus(Documents.generate(SEED, DOCUMENTS));
  }

  /** @return the number of documents */
  public int size() {
    return texts.length;
  }

  /**
   * @param i a document index, 0 &lt;= i &lt; {@link #size()}
   * @return the document
   */
  public Feedback document(int i) {
    return documents.get(i);
  }

  /**
   * @param i a document index, 0 &lt;= i &lt; {@link #size()}
   * @return the document's free text: every text field, one paragraph each
   */
  public String text(int i) {
    return texts[i];
  }

  /** @return the UTF-8 size of all the documents' texts */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  /** @return the mean UTF-8 size of a document's text */
  public double meanBytesPerDocument() {
    return (double) utf8Bytes / texts.length;
  }

  /** @return the number of words of each document's text (whitespace-separated), sorted */
  public int[] sortedWordCounts() {
    int[] words = new int[texts.length];
    for (int i = 0; i < texts.length; i++) {
      words[i] = wordCount(texts[i]);
    }
    Arrays.sort(words);
    return words;
  }

  /**
   * One text of the given UTF-8 size (or a few bytes less, so that it ends at a word boundary),
   * made of the documents' texts in order, one paragraph each, starting over when they run out.
   *
   * @param bytes the size, at least 64
   * @return the text
   */
  public String textOfBytes(int bytes) {
    if (bytes < 64) {
      throw new IllegalArgumentException("bytes must be at least 64, was " + bytes);
    }
    StringBuilder sb = new StringBuilder(bytes + 1024);
    for (int i = 0; sb.length() <= bytes; i = (i + 1) % texts.length) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(texts[i]);
    }
    // Cut at the size, never inside a code point, then back to the last whitespace.
    int end = 0;
    int used = 0;
    while (end < sb.length()) {
      int cp = Character.codePointAt(sb, end);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + len > bytes) {
        break;
      }
      used += len;
      end += Character.charCount(cp);
    }
    if (end < sb.length()) {
      while (end > 0 && !Character.isWhitespace(sb.charAt(end))) {
        end--;
      }
    }
    return sb.substring(0, end).strip();
  }

  /**
   * @param f a document
   * @return its free-text fields, one paragraph each: the summary, each observation's text and
   *     evidence, each action's description and measure
   */
  static String textOf(Feedback f) {
    List<String> parts = new ArrayList<>();
    f.summary().ifPresent(parts::add);
    for (Observation o : f.observations()) {
      parts.add(o.text());
      parts.addAll(o.evidence());
    }
    for (ActionItem a : f.actions()) {
      parts.add(a.description());
      a.measure().ifPresent(parts::add);
    }
    return String.join("\n\n", parts);
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Where the documents come from. */
  private static final class Documents {
    private Documents() {}

    // TEMPORARY until feedback-testkit's FeedbackGenerators lands on main: a fixed placeholder
    // so that the machinery can be smoke-tested. Replaced by the testkit generator.
    private static final String[] PARAGRAPHS = {
      "Thank you for the technical interview on Friday. You sized the cache from the read/write"
          + " ratio before choosing Redis, and you explained why a write-through policy fits a"
          + " catalogue that changes twice a day. Two of your three answers in the behavioural"
          + " round had no concrete example, so we could not tell what you did yourself.",
      "In the pairing session you wrote tests before the parser and caught the off-by-one error"
          + " at the end of the buffer within ten minutes. When the interviewer asked about"
          + " concurrency you paused and said you were not sure; a short sketch of the locking"
          + " order would have shown your reasoning. Practise explaining trade-offs out loud.",
    };

    static List<Feedback> generate(long seed, int n) {
      List<Feedback> docs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        docs.add(
            Feedback.builder()
                .id("bench-" + i)
                .kind(FeedbackKind.CANDIDATE)
                .subject(Subject.builder().id("cand-" + i).build())
                .summary(PARAGRAPHS[(int) ((i + seed) % PARAGRAPHS.length)])
                .build());
      }
      return docs;
    }
  }
}
