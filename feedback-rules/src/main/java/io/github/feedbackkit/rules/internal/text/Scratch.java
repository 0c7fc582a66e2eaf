package io.github.feedbackkit.rules.internal.text;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Working arrays that one thread reuses while it analyses several texts one after another (the
 * fields of one document): a text's tokens, sentence ranges, list markers, lemma ids, phrase walk,
 * phrase matches (until they are handed out list by list) and the tokenizer's note of e-mail
 * addresses are needed only while that text is analysed, so the next text refills them rather than
 * allocating its own. What it keeps holds integers and arrays, and takes no reference to a text's
 * objects: a scratch kept for long is old in the heap, where every reference stored costs the
 * garbage collector's write barrier (under G1 a memory fence), so the object that collects a text's
 * words is new for each text. Nothing an analysis returns refers to a scratch. Not thread-safe: one
 * scratch per thread and call, for example per document. A {@link TextAnalyzer} keeps a few
 * between calls ({@link TextAnalyzer#takeScratch}, {@link TextAnalyzer#giveBack}), so that the next
 * document reuses them too.
 *
 * <pre>{@code
 * Scratch scratch = analyzer.takeScratch(); // or new Scratch()
 * try {
 *   for (String field : fields) {
 *     PhraseSet.Found found = analyzer.analyze(field, phrases, scratch);
 *   }
 * } finally {
 *   analyzer.giveBack(scratch);
 * }
 * }</pre>
 */
public final class Scratch {
  private static final boolean[] NO_FLAGS = {};
  private static final int[] NO_INTS = {};
  /**
   * A {@link Pool} keeps no scratch that has served a text longer than this: its arrays grow with
   * the longest text, and below this they hold at most about 300 KB (a few KB for usual fields).
   */
  static final int POOLED_TEXT_LIMIT = 1 << 12;

  private Tokens tokens;
  private Segmenter.Result sentences;
  // empty arrays are shared (nothing can be written to them) until a text needs room
  private final Lists lists = new Lists(NO_FLAGS, NO_FLAGS);
  private int[] lemmaIds = NO_INTS;
  private PhraseTrie.Walk walk;
  private PhraseSet.Collected collected;
  private final Tokenizer.Chunk chunk = new Tokenizer.Chunk();
  /** The length of the longest text analysed with these arrays. */
  private int longest;
  /** The pool that lent this scratch out and has not had it back, or null. */
  private Pool lender;
  /** The pool's slot it was lent from, where it goes back first; -1 for a new one. */
  private int slot = -1;

  /** Empty working arrays, which grow to the largest text analysed with them. */
  public Scratch() {}

  /** @return the tokens' arrays, emptied, for a text of {@code text}'s length */
  Tokens tokens(String text, int capacity) {
    longest = Math.max(longest, text.length());
    if (tokens == null) {
      tokens = new Tokens(capacity);
    } else {
      tokens.reset(capacity);
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

  /** @return the list markers' flags, at least {@code n} of each, the first {@code n} false */
  Lists lists(int n) {
    boolean[] start = cleared(lists.markerStart, n);
    boolean[] dot = cleared(lists.markerDot, n);
    // stored only when grown: each reference stored into a kept object costs a write barrier
    if (start != lists.markerStart) {
      lists.markerStart = start;
    }
    if (dot != lists.markerDot) {
      lists.markerDot = dot;
    }
    lists.any = true;
    return lists;
  }

  /** @return the list markers of a text that has none: flags that are not read */
  Lists noLists() {
    lists.any = false;
    return lists;
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

  /**
   * Clears what is left of the last text (its words' lemma ids, its phrase matches' counts, the
   * walk's ids), so that a scratch kept for later holds nothing of it.
   */
  void forget() {
    if (collected != null) {
      collected.reset();
    }
    if (walk != null) {
      walk.reset(NO_INTS);
    }
    java.util.Arrays.fill(lemmaIds, 0);
  }

  /**
   * Scratches kept between analyses, so that a thread analysing document after document reuses
   * one set of arrays rather than allocating a set per document. Bounded: it keeps at most a few
   * scratches (twice the processors, at most 16), none that served a text longer than {@value
   * #POOLED_TEXT_LIMIT} characters, and none holding anything of the texts they served ({@link
   * #forget}). It takes back only a scratch it lent and has not had back, so a scratch given back
   * twice, or one it never lent, is ignored rather than kept twice. Thread-safe and lock-free; a
   * thread that finds no scratch kept makes a new one. Which scratch a thread gets never changes a
   * result.
   */
  static final class Pool {
    /**
     * Array elements between two slots, so that each slot has a cache line of its own (16
     * references are 64 bytes at least): threads taking and giving back scratches at the same
     * time do not contend for one line.
     */
    private static final int STRIDE = 16;

    private final AtomicReferenceArray<Scratch> kept;
    private final int slots;

    Pool() {
      this(Math.min(16, Math.max(2, 2 * Runtime.getRuntime().availableProcessors())));
    }

    /** @param slots the most scratches kept, at least 1 */
    Pool(int slots) {
      if (slots < 1) {
        throw new IllegalArgumentException("slots must be at least 1, was " + slots);
      }
      this.slots = slots;
      kept = new AtomicReferenceArray<>((slots + 1) * STRIDE);
    }

    /** Slot {@code i}'s element: none on the line of the array's header, which every access reads. */
    private static int at(int i) {
      return (i + 1) * STRIDE;
    }

    /** @return the most scratches kept */
    int slots() {
      return slots;
    }

    /**
     * The slot where the calling thread looks first for a scratch, and puts a new one: a thread
     * analysing document after document tends to get back the scratch it gave back (to the slot it
     * came from), whose arrays are still in its core's cache, rather than one another thread just
     * used. Two threads whose home slots coincide may still swap scratches now and then.
     */
    private int home() {
      int h = System.identityHashCode(Thread.currentThread()) * 0x9E3779B9;
      return (h >>> 1) % slots;
    }

    /** @return a kept scratch, now the caller's alone, or a new one */
    Scratch take() {
      for (int k = 0, i = home(); k < slots; k++, i = i + 1 == slots ? 0 : i + 1) {
        Scratch s = kept.get(at(i));
        if (s != null && kept.compareAndSet(at(i), s, null)) {
          s.lender = this;
          s.slot = i;
          return s;
        }
      }
      Scratch s = new Scratch();
      s.lender = this;
      s.slot = -1;
      return s;
    }

    /**
     * Keeps a scratch for a later {@link #take} unless it grew large or the pool is full. The caller
     * must not use it afterwards.
     *
     * @param s a scratch from this pool's {@link #take}, given back by the thread that took it;
     *     any other scratch is ignored
     */
    void give(Scratch s) {
      if (s.lender != this) {
        return; // never lent by this pool, or already given back
      }
      s.lender = null;
      if (s.longest > POOLED_TEXT_LIMIT) {
        return; // let a large one go
      }
      s.forget();
      if (s.slot >= 0 && kept.compareAndSet(at(s.slot), null, s)) {
        return;
      }
      for (int k = 0, i = home(); k < slots; k++, i = i + 1 == slots ? 0 : i + 1) {
        if (kept.get(at(i)) == null && kept.compareAndSet(at(i), null, s)) {
          return;
        }
      }
    }
  }
}
