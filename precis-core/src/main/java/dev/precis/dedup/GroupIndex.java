package dev.precis.dedup;

import dev.precis.dedup.DuplicateGroup.Kind;
import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The matching core shared by {@link Deduplicator} and {@link DuplicateIndex}: articles arrive one
 * at a time and each either joins the group of an earlier representative or becomes one.
 *
 * <p>An article is compared with representatives only, never with every member: exact copies by
 * their {@link TextKey}, others through LSH candidates (at most {@code maxCandidates}, those sharing
 * most bands) that are then verified with {@link Profile#compare}. It joins the best verified
 * representative. Groups are never merged through an article that resembles two representatives:
 * that is how chaining joins different stories (a round-up quoting two wires), and it keeps every
 * member's reported similarity a verified similarity to its own representative. Work per article
 * is bounded by bands x {@link BandTable#MAX_BUCKET_SCAN} lookups and {@code maxCandidates}
 * comparisons, whatever the input. Not thread-safe.
 */
final class GroupIndex {
  /** How one article matched. */
  record Match(String representative, double similarity, Kind kind) {}

  /** An article analysed for matching; computing it is the costly part and may run in parallel. */
  record Prepared(Profile profile, int[] signature) {}

  /**
   * Content terms of a headline at most. Between texts this short, one other word is another
   * story ("SXSW Film Review: 'Neighbors'" and "'Chef'", "as it happened - March 10" and "11"),
   * so a copy must hold every word of the shorter; containment measures say little here.
   */
  static final int HEADLINE_TERMS = 12;

  private final DedupOptions options;
  private final Function<Article, List<StorySentences.Sentence>> reader;
  private final MinHash minHash;
  private final BandTable bands;
  private final List<String> repIds = new ArrayList<>();
  private final List<Profile> repProfiles = new ArrayList<>();
  /** Exact text to how its first article matched (exact copies match the same way). */
  private final Map<Long, List<Exact>> exact = new HashMap<>();

  private record Exact(TextKey key, Match match) {}

  GroupIndex(DedupOptions options) {
    this(options, StorySentences::of);
  }

  /** @param reader how an article is read into its story's sentences */
  GroupIndex(DedupOptions options, Function<Article, List<StorySentences.Sentence>> reader) {
    this.options = options;
    this.reader = reader;
    this.minHash = new MinHash(options.hashes());
    this.bands = new BandTable(options.bands(), options.rows());
  }

  Prepared prepare(Article article) {
    Profile profile = Profile.of(article, reader.apply(article), options.shingleSize());
    int[] signature = profile.shingles.length == 0 ? null : minHash.signature(profile.shingles);
    return new Prepared(profile, signature);
  }

  /** The band keys a prepared article is filed under; none without a signature. */
  long[] bandKeys(Prepared p) {
    return p.signature() == null ? new long[0] : bands.keys(p.signature());
  }

  /** How an article with this exact key matched before, or null when its text is new. */
  Match exactMatch(TextKey key) {
    List<Exact> bucket = exact.get(key.high());
    if (bucket != null) {
      for (Exact e : bucket) {
        if (e.key().sameText(key)) {
          Match m = e.match();
          return m.kind() == Kind.REPRESENTATIVE ? new Match(m.representative(), 1.0, Kind.EXACT) : m;
        }
      }
    }
    return null;
  }

  /**
   * Adds an article: an exact copy matches as its twin did; otherwise {@code prepared} (computed on
   * demand when null) is verified against the candidate representatives.
   */
  Match add(Article article, TextKey key, Prepared prepared) {
    Match known = exactMatch(key);
    if (known != null) {
      return known;
    }
    Prepared p = prepared != null ? prepared : prepare(article);
    Match match = p.signature() == null ? null : bestRepresentative(p);
    if (match == null) {
      int ordinal = repIds.size();
      repIds.add(article.id());
      repProfiles.add(p.profile());
      if (p.signature() != null) {
        bands.insert(p.signature(), ordinal);
      }
      match = new Match(article.id(), 1.0, Kind.REPRESENTATIVE);
    }
    exact.computeIfAbsent(key.high(), k -> new ArrayList<>(1)).add(new Exact(key, match));
    return match;
  }

  private Match bestRepresentative(Prepared p) {
    Map<Integer, int[]> shared = new HashMap<>();
    bands.forEachCandidate(p.signature(), rep -> shared.computeIfAbsent(rep, r -> new int[1])[0]++);
    if (shared.isEmpty()) {
      return null;
    }
    // most shared bands first, then the older representative: deterministic for a given order
    long[] ranked = new long[shared.size()];
    int n = 0;
    for (Map.Entry<Integer, int[]> e : shared.entrySet()) {
      ranked[n++] = ((long) (Integer.MAX_VALUE - e.getValue()[0]) << 32) | e.getKey();
    }
    Arrays.sort(ranked);
    int best = -1;
    Profile.Comparison bestComparison = null;
    for (int k = 0; k < Math.min(ranked.length, options.maxCandidates()); k++) {
      int rep = (int) ranked[k];
      Profile.Comparison c = Profile.compare(p.profile(), repProfiles.get(rep));
      if (c.similarity() >= options.threshold() && c.lengthRatio() >= options.minLengthRatio()
          && (Math.min(p.profile().terms, repProfiles.get(rep).terms) > HEADLINE_TERMS
              || c.bag() >= 1.0)
          && (bestComparison == null || c.similarity() > bestComparison.similarity()
              || (c.similarity() == bestComparison.similarity() && rep < best))) {
        best = rep;
        bestComparison = c;
      }
    }
    if (best < 0) {
      return null;
    }
    Kind kind = bestComparison.shingles() >= options.nearThreshold() ? Kind.NEAR : Kind.REWRITE;
    return new Match(repIds.get(best), Math.min(1.0, bestComparison.similarity()), kind);
  }
}
