/**
 * Sentence-similarity signals shared by deduplication, summarizing and verification: whether one
 * sentence restates another.
 *
 * <p>{@link dev.precis.similar.ParaphraseScorer} is the entry point: a logistic model over
 * explainable features of a sentence pair (overlap of stems, words, names and numbers; length ratio), trained on
 * MSRP by a deterministic command. {@link dev.precis.similar.Terms} (the text pipeline's English
 * stems and stop words) and {@link dev.precis.similar.Synonyms} (a small table mapping "Russian
 * Federation" to "Russia") are the vocabulary it compares in, also used by {@code dedup}. English
 * only.
 *
 * <pre>{@code
 * double p = ParaphraseScorer.english().similarity(
 *     "The union walked out on Monday.", "On Monday the union went on strike.");
 * }</pre>
 */
package dev.precis.similar;
