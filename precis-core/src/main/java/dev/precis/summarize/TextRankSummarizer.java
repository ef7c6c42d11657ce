package dev.precis.summarize;

import dev.precis.text.SortedIds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TextRank for sentence extraction (Mihalcea and Tarau, 2004, "TextRank: bringing order into
 * texts"): weighted PageRank over a graph whose edges are the sentences' content overlap, the
 * number of words they share normalised by the logarithms of their lengths, so that long sentences
 * do not win merely by sharing more words. The summary is filled best score first by
 * {@link GreedyFill}.
 *
 * <p>Words are the sentences' content terms (stems without stop words): shared stop words say
 * nothing about shared content. Lengths count terms with repeats, as the paper counts words.
 */
final class TextRankSummarizer implements Summarizer {
  static final String NAME = "textrank";

  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  /**
   * @param damping probability of following an edge rather than jumping to a random sentence
   * @param tolerance power iteration stops when the L1 change of the scores falls below this
   * @param maxIterations power iteration stops after this many rounds regardless
   */
  TextRankSummarizer(double damping, double tolerance, int maxIterations) {
    if (!(damping > 0 && damping < 1)) {
      throw new IllegalArgumentException("damping must be in (0, 1), got " + damping);
    }
    if (!(tolerance > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("tolerance and iteration limit must be positive");
    }
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  static TextRankSummarizer defaults() {
    return new TextRankSummarizer(0.85, 1e-6, 100);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("similarity", "term overlap / (log|Si| + log|Sj|)");
    p.put("damping", damping);
    p.put("tolerance", tolerance);
    p.put("maxIterations", maxIterations);
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    PageRank.Result rank = rank(candidates);
    return rank.fill(candidates, budget, scores(candidates, rank));
  }

  /** TextRank score of every candidate, indexed by cluster sentence (0 for non-candidates). */
  double[] scores(Candidates candidates) {
    return scores(candidates, rank(candidates));
  }

  /**
   * The TextRank similarity of two sentences given as term ids (text order, repeats kept): the
   * number of distinct terms they share over {@code log|a| + log|b|}. Two one-term sentences have
   * a zero denominator; they get no edge rather than an infinite one.
   */
  static double similarity(int[] a, int[] b) {
    int shared = SortedIds.intersectionSize(distinctSorted(a), distinctSorted(b));
    return similarity(shared, a.length, b.length);
  }

  private static double similarity(int shared, int lengthA, int lengthB) {
    if (shared == 0) {
      return 0;
    }
    double denominator = Math.log(lengthA) + Math.log(lengthB);
    return denominator > 0 ? shared / denominator : 0;
  }

  private PageRank.Result rank(Candidates candidates) {
    int[] pool = candidates.indices();
    int[][] distinct = new int[pool.length][];
    int[] length = new int[pool.length];
    for (int k = 0; k < pool.length; k++) {
      distinct[k] = candidates.vectors().ids(pool[k]);
      length[k] = candidates.cluster().termIds(pool[k]).length;
    }
    return PageRank.rank(pool.length,
        (a, b) -> similarity(SortedIds.intersectionSize(distinct[a], distinct[b]), length[a],
            length[b]), 0.0,
        damping, tolerance, maxIterations);
  }

  private static double[] scores(Candidates candidates, PageRank.Result rank) {
    int[] pool = candidates.indices();
    double[] scores = new double[candidates.cluster().size()];
    for (int k = 0; k < pool.length; k++) {
      scores[pool[k]] = rank.scores()[k];
    }
    return scores;
  }

  private static int[] distinctSorted(int[] ids) {
    return java.util.Arrays.stream(ids).sorted().distinct().toArray();
  }
}
