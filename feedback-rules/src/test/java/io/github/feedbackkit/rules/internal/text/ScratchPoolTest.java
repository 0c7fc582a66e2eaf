package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The working arrays a text analyzer keeps between calls: reused, bounded, and holding no user text. */
class ScratchPoolTest {
  private static PhraseSet set() {
    return PhraseSet.of(List.of(PhraseLexicon.of(List.of(new PhraseLexicon.Entry("team player", java.util.Map.of())), EN)));
  }

  @Test
  void aScratchGivenBackIsTakenAgainAndAnEmptyPoolMakesANewOne() {
    Scratch.Pool pool = new Scratch.Pool();
    Scratch first = pool.take();
    Scratch second = pool.take();
    assertThat(second).isNotSameAs(first);
    pool.give(first);
    assertThat(pool.take()).isSameAs(first);
    assertThat(pool.take()).isNotSameAs(first).isNotSameAs(second);
  }

  @Test
  void aPoolWithoutSlotsIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Scratch.Pool(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots must be at least 1, was 0");
  }

  @Test
  void aScratchGoesBackToTheSlotItWasLentFrom() {
    // a thread keeps getting the scratch it gave back, even when another thread gave one back while
    // it held its own (the other's arrays are warm in the other core's cache)
    Scratch.Pool pool = new Scratch.Pool(4);
    Scratch mine = pool.take();
    Scratch theirs = pool.take();
    pool.give(mine);
    pool.give(theirs);
    assertThat(pool.take()).isSameAs(mine);
    assertThat(pool.take()).isSameAs(theirs);
    pool.give(theirs); // while "mine" is still out
    pool.give(mine);
    assertThat(pool.take()).isSameAs(mine);
  }

  @Test
  void thePoolKeepsOnlyAFewScratches() {
    Scratch.Pool pool = new Scratch.Pool();
    assertThat(pool.slots()).isEqualTo(Math.min(16, Math.max(2, 2 * Runtime.getRuntime().availableProcessors())));
    java.util.Set<Scratch> lent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < 100; i++) {
      lent.add(pool.take());
    }
    lent.forEach(pool::give);
    java.util.Set<Scratch> again = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < 100; i++) {
      Scratch s = pool.take();
      if (lent.contains(s)) {
        again.add(s);
      }
    }
    assertThat(again).hasSize(pool.slots());
  }

  @Test
  void aScratchGivenBackTwiceOrNeverLentIsNotKeptTwiceOrAtAll() {
    Scratch.Pool pool = new Scratch.Pool(4);
    Scratch.Pool other = new Scratch.Pool(4);
    Scratch s = pool.take();
    Scratch others = other.take();
    pool.give(s);
    pool.give(s); // a second give back must not put it in a second slot
    Scratch foreign = new Scratch();
    pool.give(foreign); // never lent by any pool
    pool.give(others); // lent by another pool
    assertThat(pool.take()).isSameAs(s);
    for (int i = 0; i < 8; i++) {
      assertThat(pool.take()).isNotSameAs(s).isNotSameAs(foreign).isNotSameAs(others);
    }
  }

  @Test
  void aScratchThatServedALongTextIsNotKept() {
    TextAnalyzer analyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
    PhraseSet set = set();
    Scratch small = analyzer.takeScratch();
    analyzer.analyze("A team player.", set, small);
    analyzer.giveBack(small);
    assertThat(analyzer.takeScratch()).isSameAs(small);

    Scratch large = analyzer.takeScratch();
    analyzer.analyze("word ".repeat(Scratch.POOLED_TEXT_LIMIT / 5 + 1), set, large);
    analyzer.giveBack(large);
    assertThat(analyzer.takeScratch()).isNotSameAs(large);
  }

  @Test
  void aScratchGivenBackHoldsNoTextAndNoMatches() {
    TextAnalyzer analyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
    Scratch s = analyzer.takeScratch();
    String secret = "The team player wrote a secret note.";
    PhraseSet.Found found = analyzer.analyze(secret, set(), s);
    assertThat(found.get(0)).hasSize(1);
    analyzer.giveBack(s);
    // the analysis returned keeps its own text; the kept arrays refer to none of it
    assertThat(found.text().text()).isEqualTo(secret);
    Scratch again = analyzer.takeScratch();
    assertThat(again).isSameAs(s);
    assertThat((int[]) org.assertj.core.api.Assertions.assertThat(again).extracting("lemmaIds").actual())
        .containsOnly(0);
    // nothing reachable from the kept scratch is the text, a part of it, or an object of its analysis
    List<Object> reached = reachable(again);
    assertThat(reached).isNotEmpty();
    assertThat(reached).noneMatch(o -> o instanceof String str && !str.isEmpty() && secret.contains(str))
        .noneMatch(o -> o instanceof AnalyzedText || o instanceof PhraseMatch || o instanceof WordTable
            || o instanceof Draft || o instanceof Lexeme);
  }

  /**
   * Every object reachable from {@code root} through fields and array elements (not through
   * classes, nor from an inner object to its outer one).
   */
  private static List<Object> reachable(Object root) {
    java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(List.of(root));
    List<Object> out = new java.util.ArrayList<>();
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (!seen.add(o)) {
        continue;
      }
      out.add(o);
      Class<?> c = o.getClass();
      if (c.isArray()) {
        if (!c.getComponentType().isPrimitive()) {
          for (Object e : (Object[]) o) {
            if (e != null) {
              todo.push(e);
            }
          }
        }
        continue;
      }
      if (!c.getName().startsWith("io.github.feedbackkit.")) {
        continue; // a JDK object (a String, an atomic array): looked at, not opened
      }
      for (; c != null && c != Object.class; c = c.getSuperclass()) {
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
          if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || f.isSynthetic()) {
            continue; // a synthetic field is an inner object's outer one: the phrase trie, shared lexicon data
          }
          f.setAccessible(true);
          try {
            Object v = f.get(o);
            if (v != null) {
              todo.push(v);
            }
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return out;
  }

  @Test
  void theWordTableOfATextAfterAnotherKnowsExactlyWhetherItHasHedgesAndNegations() {
    // the scratch is reused from text to text: the first text's hedge and negation must not stay
    TextAnalyzer analyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
    Scratch s = new Scratch();
    WordTable first = WordTable.of(analyzer.analyze("Maybe it was not somewhat late.", set(), s).text());
    assertThat(first.mayHaveHedges()).isTrue();
    assertThat(first.mayHaveNegationWords()).isTrue();
    WordTable second = WordTable.of(analyzer.analyze("The team player wrote the report.", set(), s).text());
    assertThat(second.mayHaveHedges()).isFalse();
    assertThat(second.mayHaveNegationWords()).isFalse();
  }

  @Test
  void textsAnalysedWithTheKeptArraysOfEarlierCallsGiveWhatFreshArraysGive() {
    TextAnalyzer analyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
    PhraseSet set = set();
    List<String> texts = List.of("1. A team player.\n2. Not a team player!", "", "Short.",
        "She said \u201cteam player\u201d twice; a.b@example.com wrote it. Team player, team player.", "x");
    for (int round = 0; round < 3; round++) {
      for (String t : texts) {
        AnalyzedText pooled = analyzer.analyze(t);
        PhraseSet.Found pooledFound = analyzer.analyze(t, set);
        PhraseSet.Found fresh = analyzer.analyze(t, set, new Scratch());
        assertThat(pooled).isEqualTo(fresh.text()).isEqualTo(EN.analyze(t));
        assertThat(pooledFound.text()).isEqualTo(fresh.text());
        assertThat(pooledFound.get(0)).isEqualTo(fresh.get(0));
      }
    }
  }
}
