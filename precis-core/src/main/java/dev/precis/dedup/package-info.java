/**
 * Near-duplicate detection for news streams, and a sentence-level paraphrase signal.
 *
 * <p>{@link dev.precis.dedup.Deduplicator} groups the copies in a batch of articles (exact copies,
 * syndicated versions, spun rewrites); {@link dev.precis.dedup.DuplicateIndex} does the same for a
 * stream, one article at a time. {@link dev.precis.dedup.ParaphraseScorer} says whether one
 * sentence restates another. The rest is package-private: options and result records, the
 * analysis of an article into stems with a small synonym table ({@code synonyms.txt}), MinHash,
 * LSH buckets and the matching core.
 */
package dev.precis.dedup;
