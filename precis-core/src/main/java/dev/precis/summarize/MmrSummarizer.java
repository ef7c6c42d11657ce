package dev.precis.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein, 1998, "The use of MMR, diversity-based
 * reranking for reordering documents and producing summaries"): sentences are chosen one at a
 * time, each maximising {@code λ·relevance − (1 − λ)·(highest similarity to a chosen sentence)},
 * so that each pick is relevant yet adds something new. For generic summaries the "query" is the
 * cluster itself: relevance is the TF-IDF cosine of a sentence with the cluster centroid.
 * Selection stops when no remaining sentence fits the budget.
 */
final class MmrSummarizer implements Summarizer {
  static final String NAME = "mmr";

  private final double lambda;

  /** @param lambda weight of relevance against novelty, in [0, 1]; 1 is pure relevance ranking */
  MmrSummarizer(double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
    }
    this.lambda = lambda;
  }

  static MmrSummarizer defaults() {
    return new MmrSummarizer(0.7);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("relevance", "tf-idf cosine to cluster centroid");
    p.put("lambda", lambda);
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    double[] relevance = relevance(candidates);
    int[] pool = candidates.indices();
    // highest similarity of each candidate to the sentences chosen so far, kept up to date
    double[] closest = new double[candidates.cluster().size()];
    boolean[] out = new boolean[candidates.cluster().size()];
    List<Integer> chosen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int remaining = budget.capacity();
    while (true) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int s : pool) {
        if (out[s]) {
          continue;
        }
        // once a sentence no longer fits or repeats a chosen one, it never will again
        if (candidates.cost(s) > remaining || candidates.redundant(s, chosen)) {
          out[s] = true;
          continue;
        }
        double value = lambda * relevance[s] - (1 - lambda) * closest[s];
        if (value > bestValue) { // strict: ties keep the earlier sentence
          best = s;
          bestValue = value;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      scores.add(bestValue);
      out[best] = true;
      remaining -= candidates.cost(best);
      for (int s : pool) {
        if (!out[s]) {
          closest[s] = Math.max(closest[s], candidates.vectors().cosine(s, best));
        }
      }
    }
    return Selection.of(chosen, scores);
  }

  /** Cosine of each candidate with the cluster's TF-IDF centroid (0 for non-candidates). */
  static double[] relevance(Candidates candidates) {
    double[] centroid = ClusterTerms.centroid(candidates.cluster(), candidates.vectors());
    double norm = 0;
    for (double v : centroid) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    double[] relevance = new double[candidates.cluster().size()];
    for (int s : candidates.indices()) {
      relevance[s] = norm > 0 ? candidates.vectors().dot(s, centroid) / norm : 0;
    }
    return relevance;
  }
}
