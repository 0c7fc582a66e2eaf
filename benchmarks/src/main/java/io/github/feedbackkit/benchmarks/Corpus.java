package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

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

  /** Where the documents come from: feedback-testkit's realistic generator. */
  private static final class Documents {
    /** The generator's size knob: texts of 8 to 360 words, median about 150. */
    private static final int SIZE = 9;
    private static final int MIN_WORDS = 40;
    private static final int MAX_WORDS = 400;

    private Documents() {}

    /**
     * Draws valid documents from one seeded stream and keeps those of {@value #MIN_WORDS} to
     * {@value #MAX_WORDS} words (about 98% of them), so that the corpus has the length of real
     * feedback: the median is about 150 words.
     */
    static List<Feedback> generate(long seed, int n) {
      FeedbackGenerators generators = FeedbackGenerators.realistic().withSize(SIZE);
      RandomGenerator random = FeedbackGenerators.random(seed);
      List<Feedback> docs = new ArrayList<>(n);
      while (docs.size() < n) {
        Feedback doc = generators.valid(random);
        int words = wordCount(textOf(doc));
        if (words >= MIN_WORDS && words <= MAX_WORDS) {
          docs.add(doc);
        }
      }
      return docs;
    }
  }
}
