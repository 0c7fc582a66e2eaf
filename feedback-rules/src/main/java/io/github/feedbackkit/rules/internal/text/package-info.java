/**
 * The text layer: turns one text field into an {@link io.github.feedbackkit.rules.AnalyzedText}
 * that every check shares. Not exported; checks see only the public view types.
 *
 * <h2>Pipeline (each step one linear pass)</h2>
 *
 * <ol>
 *   <li>{@code Tokenizer}: word-like tokens (words,
 *       numbers, %, money, dates, times, URLs, e-mails) and single punctuation code points;
 *       whitespace is skipped, nothing else is dropped or reordered, surrogate pairs stay whole.
 *   <li>{@code Quotes}: quotation spans from the punctuation tokens.
 *   <li>{@code Lists} and {@code Segmenter}: list markers, then sentence boundaries on the tokens
 *       (abbreviations, initials, ellipses, closers, line breaks and bullets; see the rules in
 *       {@code Segmenter}).
 *   <li>{@code TextAnalyzer}: per word a {@code Lexeme} (lemma, syllables, part-of-speech hint,
 *       negator, clause breaker, role), computed once per distinct form; then negation scopes,
 *       hedges ({@code PhraseMatcher} over lemmas), calendar dates, passive voice, imperative
 *       openings and metrics.
 * </ol>
 *
 * <h2>Languages</h2>
 *
 * <p>Everything a language knows is data under {@code /io/github/feedbackkit/rules/lexicon/<lang>/}
 * (abbreviations, sentence starters, negators, scope breakers, hedges, part-of-speech lists,
 * roles, irregular verbs, lemma exceptions, imperative verbs, calendar names, the syllable table)
 * plus a small subclass of {@code Language} for the rules that cannot be data: {@code English}
 * (CMUdict table, spelling rules for unknown words, suffix lemmas) and {@code German}.
 *
 * <h2>Costs</h2>
 *
 * <p>No regular expression ever runs over user text; look-ahead is bounded; the syllable table is
 * an ASCII byte array with an open-addressing index (2.6 MB of heap, 274 KB in the jar), loaded once
 * per language.
 */
package io.github.feedbackkit.rules.internal.text;
