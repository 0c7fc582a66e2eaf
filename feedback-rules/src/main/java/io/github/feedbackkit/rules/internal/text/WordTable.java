package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The words of an analysed text as the text layer keeps them, in parallel arrays, read by index:
 * {@code table.lemma(i)} is {@code table.get(i).lemma()}. As a {@code List<Word>} (what
 * {@link AnalyzedText#words()} returns for an analysed text) it is immutable and makes each
 * {@link Word} record only when that word is first asked for; the checks read the arrays and make
 * none. Every method that would change the list throws {@link UnsupportedOperationException},
 * even when there is nothing to change, as {@code List.of} does. Thread-safe: the arrays never
 * change after construction; threads racing to make records may each make (and keep) their own,
 * so one index may give different but always equal records (a benign race, like
 * {@code String.hash}: a {@code Word} has only final fields, so any record seen is complete).
 *
 * <pre>{@code
 * WordTable words = WordTable.of(analyzed);
 * for (int i = 0; i < words.size(); i++) {
 *   if (words.negated(i) && !words.quoted(i)) { ... words.lemma(i) ... }
 * }
 * }</pre>
 */
public final class WordTable extends AbstractList<Word> implements RandomAccess {
  private static final WordKind[] KINDS = WordKind.values();
  /** Flag bits, as {@link Draft} sets them. */
  static final byte QUOTED = 4;
  static final byte NEGATED = 2;
  static final byte HEDGE = 8;
  /** Marks a word whose part of speech is {@link PosHint#BASE_VERB}, whatever its lexeme's. */
  static final byte BASE_VERB = 16;

  private final int size;
  /** Each word's start at {@code i}, end at {@code size + i}, sentence at {@code 2 * size + i}. */
  private final int[] ints;
  /** Each word's kind (a {@link WordKind} ordinal) at {@code i}, its flags at {@code size + i}. */
  private final byte[] bytes;
  /** The text, whose slices are the words' own spellings. */
  private final String text;
  private final Lexeme[] lex;
  /** False when no word's part of speech is {@link PosHint#NEGATION}. */
  private final boolean negationWords;
  /** False when no word is {@link Word#hedge()}. */
  private final boolean hedges;
  /** True when every word's kind is {@link WordKind#WORD}. */
  private final boolean onlyPlainWords;
  /** False when no word's part of speech is {@link PosHint#PARTICIPLE}. */
  private final boolean participles;
  /** For a table over word records given (see {@link #of}): those records; else null. */
  private final List<Word> given;
  /** The word records made so far (slots filled on first need), or null before the first. */
  private Word[] made;

  /** A table over the text layer's arrays, which the caller hands over and no longer changes. */
  WordTable(int size, int[] ints, byte[] bytes, String text, Lexeme[] lex,
      boolean negationWords, boolean hedges, boolean onlyPlainWords, boolean participles) {
    this.size = size;
    this.participles = participles;
    this.negationWords = negationWords;
    this.hedges = hedges;
    this.onlyPlainWords = onlyPlainWords;
    this.ints = ints;
    this.bytes = bytes;
    this.text = text;
    this.lex = lex;
    this.given = null;
  }

  /**
   * A table that reads word records.
   *
   * @param negationWords false only when no record is a negation
   * @param hedges false only when no record is a hedge
   */
  private WordTable(List<Word> given, boolean negationWords, boolean hedges) {
    this.size = given.size();
    this.ints = null;
    this.bytes = null;
    this.text = null;
    this.lex = null;
    this.given = given;
    this.negationWords = negationWords;
    this.hedges = hedges;
    this.onlyPlainWords = given.isEmpty();
    this.participles = !given.isEmpty();
  }

  /** The table of a text without words. */
  static final WordTable EMPTY = new WordTable(List.of(), false, false);

  /**
   * The words of a text as a table: the text's own table when the text layer analysed it, else a
   * table that reads the text's word records.
   *
   * @param text an analysed text
   * @return its words
   */
  public static WordTable of(AnalyzedText text) {
    List<Word> words = text.words();
    // whether records are negations or hedges is not worked out: every word is to be asked
    return words instanceof WordTable t ? t : new WordTable(words, true, true);
  }

  /**
   * A quick test that lets a check skip a text: false only when no word's {@link #pos} is
   * {@link PosHint#NEGATION}.
   *
   * @return whether some word may be a negation
   */
  public boolean mayHaveNegationWords() {
    return negationWords;
  }

  /**
   * A quick test that lets a check skip a text: false only when no word is a {@link #hedge}.
   *
   * @return whether some word may be a hedge
   */
  public boolean mayHaveHedges() {
    return hedges;
  }

  /**
   * A quick test that lets a check skip a text: true only when every word's {@link #kind} is
   * {@link WordKind#WORD} (no number, date, amount, address...).
   *
   * @return whether the words are all plain words
   */
  public boolean onlyPlainWords() {
    return onlyPlainWords;
  }

  /**
   * A quick test that lets a check skip a text: false only when no word's {@link #pos} is
   * {@link PosHint#PARTICIPLE}.
   *
   * @return whether some word may be a participle
   */
  public boolean mayHaveParticiples() {
    return participles;
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the words of an analysed text cannot be changed");
  }

  /**
   * @param from the first index
   * @param to the index after the last
   * @return a view of the words {@code [from, to)} that cannot change them, as {@code List.of}'s
   * @throws IndexOutOfBoundsException when the range lies outside the words
   */
  @Override
  public List<Word> subList(int from, int to) {
    return java.util.Collections.unmodifiableList(super.subList(from, to));
  }

  /** @return an iterator over the words that cannot remove any */
  @Override
  public java.util.Iterator<Word> iterator() {
    return listIterator(0);
  }

  /** @return a list iterator over the words that cannot change the list */
  @Override
  public java.util.ListIterator<Word> listIterator() {
    return listIterator(0);
  }

  /**
   * @param index where to start
   * @return a list iterator from that index that cannot change the list
   * @throws IndexOutOfBoundsException when index is outside {@code [0, size()]}
   */
  @Override
  public java.util.ListIterator<Word> listIterator(int index) {
    Objects.checkIndex(index, size + 1);
    return new Cursor(index);
  }

  /** Reads the words in either direction; every change throws, as {@code List.of}'s does. */
  private final class Cursor implements java.util.ListIterator<Word> {
    private int next;

    Cursor(int next) {
      this.next = next;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Word next() {
      if (next >= size) {
        throw new java.util.NoSuchElementException();
      }
      return get(next++);
    }

    @Override
    public boolean hasPrevious() {
      return next > 0;
    }

    @Override
    public Word previous() {
      if (next <= 0) {
        throw new java.util.NoSuchElementException();
      }
      return get(--next);
    }

    @Override
    public int nextIndex() {
      return next;
    }

    @Override
    public int previousIndex() {
      return next - 1;
    }

    @Override
    public void remove() {
      throw immutable();
    }

    @Override
    public void set(Word w) {
      throw immutable();
    }

    @Override
    public void add(Word w) {
      throw immutable();
    }
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean add(Word w) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public void add(int index, Word w) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean addAll(java.util.Collection<? extends Word> c) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean addAll(int index, java.util.Collection<? extends Word> c) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public Word set(int index, Word w) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public Word remove(int index) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean remove(Object o) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean removeAll(java.util.Collection<?> c) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean retainAll(java.util.Collection<?> c) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public boolean removeIf(java.util.function.Predicate<? super Word> filter) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public void replaceAll(java.util.function.UnaryOperator<Word> operator) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public void sort(java.util.Comparator<? super Word> c) {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  public void clear() {
    throw immutable();
  }

  /** @throws UnsupportedOperationException always */
  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    throw immutable();
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * @param i a word index
   * @return the word's record, made on first need
   * @throws IndexOutOfBoundsException when there is no such word
   */
  @Override
  public Word get(int i) {
    if (given != null) {
      return given.get(i);
    }
    Objects.checkIndex(i, size);
    Word[] m = made;
    if (m == null) {
      m = new Word[size];
      made = m;
    }
    Word w = m[i];
    if (w == null) {
      Lexeme x = lex[i];
      byte fl = bytes[size + i];
      w = new Word(i, ints[i], ints[size + i], text(i), x.lower, x.lemma, KINDS[bytes[i]], x.syllables,
          ints[2 * size + i], (fl & QUOTED) != 0, (fl & NEGATED) != 0, (fl & HEDGE) != 0, pos(i));
      m[i] = w;
    }
    return w;
  }

  /**
   * @param i a word index
   * @return {@code get(i).start()}
   */
  public int start(int i) {
    return given != null ? given.get(i).start() : ints[Objects.checkIndex(i, size)];
  }

  /**
   * @param i a word index
   * @return {@code get(i).end()}
   */
  public int end(int i) {
    return given != null ? given.get(i).end() : ints[size + Objects.checkIndex(i, size)];
  }

  /**
   * @param i a word index
   * @return {@code get(i).sentence()}
   */
  public int sentence(int i) {
    return given != null ? given.get(i).sentence() : ints[2 * size + Objects.checkIndex(i, size)];
  }

  /**
   * @param i a word index
   * @return {@code get(i).text()}
   */
  public String text(int i) {
    if (given != null) {
      return given.get(i).text();
    }
    int s = start(i);
    int e = ints[size + i];
    Lexeme x = lex[i];
    return isLower(text, s, e, x) ? x.lower : text.substring(s, e); // most words: no copy
  }

  /** Whether the word {@code text[start, end)} is written as its lexeme's lower-cased form. */
  static boolean isLower(String text, int start, int end, Lexeme x) {
    return x.lower.length() == end - start && text.regionMatches(start, x.lower, 0, end - start);
  }

  /**
   * @param i a word index
   * @return {@code get(i).lower()}
   */
  public String lower(int i) {
    return given != null ? given.get(i).lower() : lex[i].lower;
  }

  /**
   * @param i a word index
   * @return {@code get(i).lemma()}
   */
  public String lemma(int i) {
    return given != null ? given.get(i).lemma() : lex[i].lemma;
  }

  /**
   * @param i a word index
   * @return {@code get(i).kind()}
   */
  public WordKind kind(int i) {
    return given != null ? given.get(i).kind() : KINDS[bytes[Objects.checkIndex(i, size)]];
  }

  /**
   * @param i a word index
   * @return {@code get(i).syllables()}
   */
  public int syllables(int i) {
    return given != null ? given.get(i).syllables() : lex[i].syllables;
  }

  /**
   * @param i a word index
   * @return {@code get(i).quoted()}
   */
  public boolean quoted(int i) {
    return given != null ? given.get(i).quoted() : flag(i, QUOTED);
  }

  /**
   * @param i a word index
   * @return {@code get(i).negated()}
   */
  public boolean negated(int i) {
    return given != null ? given.get(i).negated() : flag(i, NEGATED);
  }

  /**
   * @param i a word index
   * @return {@code get(i).hedge()}
   */
  public boolean hedge(int i) {
    return given != null ? given.get(i).hedge() : flag(i, HEDGE);
  }

  /**
   * @param i a word index
   * @return {@code get(i).pos()}
   */
  public PosHint pos(int i) {
    if (given != null) {
      return given.get(i).pos();
    }
    return flag(i, BASE_VERB) ? PosHint.BASE_VERB : lex[i].pos;
  }

  private boolean flag(int i, byte f) {
    return (bytes[size + Objects.checkIndex(i, size)] & f) != 0;
  }
}
