package dev.precis.dedup;

import dev.precis.PrecisException;

/**
 * Settings of near-duplicate detection. Immutable; change one with the {@code with…} methods.
 *
 * <p>Candidates come from MinHash signatures of word shingles, banded for locality-sensitive
 * hashing: two texts whose shingle sets have Jaccard similarity {@code s} share at least one band
 * with probability {@code 1 - (1 - s^rows)^bands}. The defaults (64 bands of 2 rows) find 98% of
 * pairs at {@code s = 0.25}, which a spun and truncated copy reaches, while texts that only share
 * a story (s near 0.02) are rarely proposed. Every candidate is then verified (see {@link
 * Deduplicator}), so a loose filter costs time, not precision.
 *
 * @param shingleSize words per shingle (content stems, synonyms mapped, stop words dropped)
 * @param hashes MinHash functions per signature
 * @param bands LSH bands
 * @param rows signature rows per band; {@code bands * rows <= hashes}
 * @param threshold verified similarity at which two articles are duplicates, in (0, 1]
 * @param nearThreshold shingle containment at or above which a duplicate is a {@code NEAR} copy
 *     (same wording) rather than a {@code REWRITE}, in (0, 1]
 * @param minLengthRatio shortest length, as a fraction of the longer article's, that an article
 *     may have and still be a copy of it: a one-paragraph brief is not a copy of the feature it
 *     quotes
 * @param maxCandidates representatives verified per article at most (the ones sharing most
 *     bands), which bounds the work on texts that resemble many others
 */
public record DedupOptions(
    int shingleSize,
    int hashes,
    int bands,
    int rows,
    double threshold,
    double nearThreshold,
    double minLengthRatio,
    int maxCandidates) {

  public DedupOptions {
    if (shingleSize < 1 || shingleSize > 8) {
      throw new PrecisException("shingle size must be between 1 and 8 words, not " + shingleSize);
    }
    if (hashes < 1 || hashes > 1024) {
      throw new PrecisException("MinHash hashes must be between 1 and 1024, not " + hashes);
    }
    if (bands < 1 || rows < 1 || (long) bands * rows > hashes) {
      throw new PrecisException("LSH needs bands >= 1, rows >= 1 and bands x rows <= hashes ("
          + hashes + "), not " + bands + " x " + rows);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new PrecisException("duplicate threshold must be in (0, 1], not " + threshold);
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new PrecisException("near-copy threshold must be in (0, 1], not " + nearThreshold);
    }
    if (!(minLengthRatio >= 0 && minLengthRatio <= 1)) {
      throw new PrecisException("minimum length ratio must be in [0, 1], not " + minLengthRatio);
    }
    if (maxCandidates < 1) {
      throw new PrecisException("max candidates must be positive, not " + maxCandidates);
    }
  }

  public static DedupOptions defaults() {
    return new DedupOptions(3, 128, 64, 2, 0.5, 0.8, 0.2, 16);
  }

  public DedupOptions withShingleSize(int v) {
    return new DedupOptions(v, hashes, bands, rows, threshold, nearThreshold, minLengthRatio,
        maxCandidates);
  }

  /** Signature length and banding together, since they constrain each other. */
  public DedupOptions withMinHash(int newHashes, int newBands, int newRows) {
    return new DedupOptions(shingleSize, newHashes, newBands, newRows, threshold, nearThreshold,
        minLengthRatio, maxCandidates);
  }

  public DedupOptions withThreshold(double v) {
    return new DedupOptions(shingleSize, hashes, bands, rows, v, nearThreshold, minLengthRatio,
        maxCandidates);
  }

  public DedupOptions withNearThreshold(double v) {
    return new DedupOptions(shingleSize, hashes, bands, rows, threshold, v, minLengthRatio,
        maxCandidates);
  }

  public DedupOptions withMinLengthRatio(double v) {
    return new DedupOptions(shingleSize, hashes, bands, rows, threshold, nearThreshold, v,
        maxCandidates);
  }

  public DedupOptions withMaxCandidates(int v) {
    return new DedupOptions(shingleSize, hashes, bands, rows, threshold, nearThreshold,
        minLengthRatio, v);
  }
}
