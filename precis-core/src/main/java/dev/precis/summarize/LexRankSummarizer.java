package dev.precis.summarize;

import dev.precis.similar.SentenceVectors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Continuous LexRank (Erkan and Radev, 2004, "LexRank: graph-based lexical centrality as salience
 * in text summarization"): a sentence is salient when sentences that are themselves salient
 * resemble it. The candidates form a graph weighted by TF-IDF cosine similarity; each sentence's
 * score is its stationary probability under a random walk on that graph (PageRank with damping),
 * and the summary is filled best score first by {@link GreedyFill}.
 *
 * <p>Self-similarity is left out of the graph: it is 1 for every sentence and would only let each
 * sentence vote for itself. Rank says nothing about repetition; the fill's redundancy check does.
 */
final class LexRankSummarizer implements Summarizer {
  static final String NAME = "lexrank";

  private final double edgeThreshold;
  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  /**
   * @param edgeThreshold cosine similarities at or below this are no edge (0 keeps every pair
   *     that shares a term: the continuous variant)
   * @param damping probability of following an edge rather than jumping to a random sentence
   * @param tolerance power iteration stops when the L1 change of the scores falls below this
   * @param maxIterations power iteration stops after this many rounds regardless
   */
  LexRankSummarizer(double edgeThreshold, double damping, double tolerance, int maxIterations) {
    if (edgeThreshold < 0 || edgeThreshold >= 1) {
      throw new IllegalArgumentException("edge threshold must be in [0, 1), got " + edgeThreshold);
    }
    if (!(damping > 0 && damping < 1)) {
      throw new IllegalArgumentException("damping must be in (0, 1), got " + damping);
    }
    if (!(tolerance > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("tolerance and iteration limit must be positive");
    }
    this.edgeThreshold = edgeThreshold;
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  static LexRankSummarizer defaults() {
    return new LexRankSummarizer(0.0, 0.85, 1e-6, 100);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("similarity", "tf-idf cosine");
    p.put("edgeThreshold", edgeThreshold);
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

  /** LexRank score of every candidate, indexed by cluster sentence (0 for non-candidates). */
  double[] scores(Candidates candidates) {
    return scores(candidates, rank(candidates));
  }

  private PageRank.Result rank(Candidates candidates) {
    int[] pool = candidates.indices();
    SentenceVectors vectors = candidates.vectors();
    return PageRank.rank(pool.length, (a, b) -> vectors.cosine(pool[a], pool[b]), edgeThreshold,
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
}
