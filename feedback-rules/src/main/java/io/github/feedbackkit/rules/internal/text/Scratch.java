package io.github.feedbackkit.rules.internal.text;

/**
 * Working arrays that one thread reuses while it analyses several texts one after another (the
 * fields of one document): a text's tokens, sentence ranges, list markers, lemma ids, phrase walk,
 * phrase matches (until they are handed out list by list) and the tokenizer's note of e-mail
 * addresses are needed only while that text is analysed, so the next text refills them rather than
 * allocating its own. Nothing an analysis returns refers to them. Not thread-safe: one
 * scratch per thread and call, for example per document.
 *
 * <pre>{@code
 * Scratch scratch = new Scratch();
 * for (String field : fields) {
 *   PhraseSet.Found found = analyzer.analyze(field, phrases, scratch);
 * }
 * }</pre>
 */
public final class Scratch {
  private static final boolean[] NO_FLAGS = {};
  private static final int[] NO_INTS = {};

  private Tokens tokens;
  private Segmenter.Result sentences;
  // empty arrays are shared (nothing can be written to them) until a text needs room
  private boolean[] markerStart = NO_FLAGS;
  private boolean[] markerDot = NO_FLAGS;
  private int[] lemmaIds = NO_INTS;
  private PhraseTrie.Walk walk;
  private PhraseSet.Collected collected;
  private final Tokenizer.Chunk chunk = new Tokenizer.Chunk();

  /** Empty working arrays, which grow to the largest text analysed with them. */
  public Scratch() {}

  /** @return the tokens' arrays, emptied, for a text of {@code text}'s length */
  Tokens tokens(String text, int capacity) {
    if (tokens == null) {
      tokens = new Tokens(text, capacity);
    } else {
      tokens.reset(text, capacity);
    }
    return tokens;
  }

  /** @return the tokenizer's note of where an "@" is, forgotten */
  Tokenizer.Chunk chunk() {
    chunk.reset();
    return chunk;
  }

  /** @return the sentence ranges, emptied */
  Segmenter.Result sentences() {
    if (sentences == null) {
      sentences = new Segmenter.Result();
    } else {
      sentences.size = 0;
    }
    return sentences;
  }

  /** @return at least {@code n} marker-start flags, the first {@code n} false */
  boolean[] markerStart(int n) {
    markerStart = cleared(markerStart, n);
    return markerStart;
  }

  /** @return at least {@code n} marker-dot flags, the first {@code n} false */
  boolean[] markerDot(int n) {
    markerDot = cleared(markerDot, n);
    return markerDot;
  }

  /** @return {@code flags} with its first {@code n} slots false, or a new array when it is shorter */
  private static boolean[] cleared(boolean[] flags, int n) {
    if (flags.length < n) {
      return new boolean[Math.max(n, 2 * flags.length)];
    }
    java.util.Arrays.fill(flags, 0, n, false);
    return flags;
  }

  /**
   * @return the words' lemma ids as the last text's draft wrote them (in its first slots; stale
   *     beyond them)
   */
  int[] lemmaIds() {
    return lemmaIds;
  }

  /** @return at least {@code n} ints for the words' lemma ids (their old values left) */
  int[] lemmaIds(int n) {
    if (lemmaIds.length < n) {
      lemmaIds = new int[Math.max(n, 2 * lemmaIds.length)];
    }
    return lemmaIds;
  }

  /** @return the buffer of phrase matches, emptied */
  PhraseSet.Collected collected() {
    if (collected == null) {
      collected = new PhraseSet.Collected();
    } else {
      collected.reset();
    }
    return collected;
  }

  /** @return a walk of the trie over the ids given, with nothing found yet */
  PhraseTrie.Walk walk(PhraseTrie trie, int[] ids) {
    PhraseTrie.Walk w = walk;
    if (w == null || !w.of(trie)) {
      w = trie.new Walk(ids);
      walk = w;
    } else {
      w.reset(ids);
    }
    return w;
  }
}
