/**
 * Sentence-similarity signals shared by deduplication, summarizing, attribution and verification: whether one
 * sentence restates another.
 *
 * <p>{@link dev.precis.similar.ParaphraseScorer} is the entry point: a logistic model over
 * explainable features of a sentence pair (overlap of stems, words, names and numbers; length ratio), trained on
 * MSRP by a deterministic command. {@link dev.precis.similar.Terms} (the text pipeline's English
 * stems and stop words) and {@link dev.precis.similar.Synonyms} (a small table mapping "Russian
 * Federation" to "Russia") are the vocabulary it compares in, also used by {@code dedup}. English
 * only.
 *
 * <p>Within one analysed cluster: {@link dev.precis.similar.SentenceVectors} (TF-IDF vectors and
 * their cosine, in any language), {@link dev.precis.similar.Rewording} (the model, asked only of
 * pairs that share words) and {@link dev.precis.similar.Figures} (whether two sentences state
 * other figures). Summarizing asks them about redundancy, attribution about support.
 *
 * <pre>{@code
 * double p = ParaphraseScorer.english().similarity(
 *     "The union walked out on Monday.", "On Monday the union went on strike.");
 * }</pre>
 */
package dev.precis.similar;
