/**
 * Near-duplicate detection for news streams.
 *
 * <p>{@link dev.precis.dedup.Deduplicator} groups the copies in a batch of articles (exact copies,
 * syndicated versions, spun rewrites); {@link dev.precis.dedup.DuplicateIndex} does the same for a
 * stream, one article at a time. The rest is package-private: options and result records, the
 * analysis of an article into stems (with {@link dev.precis.similar}'s synonym table), MinHash,
 * LSH buckets and the matching core.
 */
package dev.precis.dedup;
