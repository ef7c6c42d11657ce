package dev.precis.summarize;

import dev.precis.text.AnalyzedCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KL-Sum (Haghighi and Vanderwende, 2009, "Exploring content models for multi-document
 * summarization"): the summary's word distribution should match the cluster's. Sentences are
 * added greedily, each time the one that fits and leaves the smallest KL(P_cluster ‖ P_summary),
 * until nothing more fits.
 *
 * <p>Distributions are over content terms. The summary's is smoothed by adding {@code smoothing}
 * to every term's count (Lidstone), because a summary misses most of the cluster's words and an
 * unsmoothed divergence would be infinite for every summary.
 */
final class KlSumSummarizer implements Summarizer {
  static final String NAME = "kl";

  private final double smoothing;

  /** @param smoothing pseudo-count added to every cluster term in the summary's distribution */
  KlSumSummarizer(double smoothing) {
    if (!(smoothing > 0)) {
      throw new IllegalArgumentException("smoothing must be positive, got " + smoothing);
    }
    this.smoothing = smoothing;
  }

  static KlSumSummarizer defaults() {
    return new KlSumSummarizer(0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("distribution", "content-term unigrams");
    p.put("smoothing", smoothing);
    return p;
  }

  /**
   * Scores are how much each sentence lowered the divergence when it was added. The divergence is
   * kept as its parts, {@code Σ P log P − Σ P log(c + δ) + log(N + δV)}, so that trying a sentence
   * only touches its own terms.
   */
  @Override
  public Selection select(Candidates candidates, Budget budget) {
    AnalyzedCluster cluster = candidates.cluster();
    int[] counts = ClusterTerms.counts(cluster);
    double[] p = ClusterTerms.probabilities(counts);
    double entropyPart = 0; // Σ P log P
    for (int t = 0; t < counts.length; t++) {
      if (p[t] > 0) {
        entropyPart += p[t] * Math.log(p[t]);
      }
    }
    double vocabularyMass = smoothing * counts.length;

    int[] pool = candidates.indices();
    int[][] terms = new int[cluster.size()][];
    int[][] termCounts = new int[cluster.size()][];
    for (int s : pool) {
      terms[s] = candidates.vectors().ids(s);
      termCounts[s] = new int[terms[s].length];
      for (int t : cluster.termIds(s)) {
        termCounts[s][Arrays.binarySearch(terms[s], t)]++;
      }
    }

    double[] summaryCounts = new double[counts.length];
    double summaryLength = 0;
    double crossPart = Math.log(smoothing); // Σ P log(c + δ) with every c = 0
    double divergence = entropyPart - crossPart + Math.log(vocabularyMass);
    Eligible eligible = new Eligible(candidates);
    List<Integer> chosen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int remaining = budget.capacity();
    while (true) {
      int best = -1;
      double bestDivergence = Double.POSITIVE_INFINITY;
      double bestCross = 0;
      for (int s : pool) {
        if (!eligible.test(s, remaining, chosen)) {
          continue;
        }
        double cross = crossPart;
        int length = 0;
        for (int k = 0; k < terms[s].length; k++) {
          int t = terms[s][k];
          cross += p[t] * (Math.log(summaryCounts[t] + termCounts[s][k] + smoothing)
              - Math.log(summaryCounts[t] + smoothing));
          length += termCounts[s][k];
        }
        double candidate = entropyPart - cross + Math.log(summaryLength + length + vocabularyMass);
        if (candidate < bestDivergence) { // strict: ties keep the earlier sentence
          best = s;
          bestDivergence = candidate;
          bestCross = cross;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      scores.add(divergence - bestDivergence);
      eligible.take(best);
      remaining -= candidates.cost(best);
      for (int k = 0; k < terms[best].length; k++) {
        summaryCounts[terms[best][k]] += termCounts[best][k];
        summaryLength += termCounts[best][k];
      }
      crossPart = bestCross;
      divergence = bestDivergence;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("divergence", Math.round(divergence * 10_000) / 10_000.0);
    return new Selection(chosen, scores, details);
  }
}
