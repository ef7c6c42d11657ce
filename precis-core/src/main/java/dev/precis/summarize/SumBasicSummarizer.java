package dev.precis.summarize;

import dev.precis.text.AnalyzedCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SumBasic (Nenkova and Vanderwende, 2005, "The impact of frequency on summarization"): words
 * that are frequent in the cluster are likely to appear in a human summary. Each round takes the
 * most probable word, picks the sentence with the highest average word probability among those
 * containing it, and then lowers the probability of every word the summary now has (squares it, by
 * default), so the next round turns to content the summary lacks.
 *
 * <p>Probabilities are over content terms. When no sentence that still fits contains the most
 * probable word, the next most probable word leads the round instead.
 */
final class SumBasicSummarizer implements Summarizer {
  static final String NAME = "sumbasic";

  private final double updateExponent;

  /** @param updateExponent a chosen word's probability is raised to this power (the paper's 2) */
  SumBasicSummarizer(double updateExponent) {
    if (!(updateExponent > 1)) {
      throw new IllegalArgumentException("the update exponent must exceed 1, got " + updateExponent);
    }
    this.updateExponent = updateExponent;
  }

  static SumBasicSummarizer defaults() {
    return new SumBasicSummarizer(2.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("distribution", "content-term unigrams");
    p.put("updateExponent", updateExponent);
    return p;
  }

  /**
   * Scores are each sentence's average word probability when it was chosen; the details list the
   * word that led each round.
   */
  @Override
  public Selection select(Candidates candidates, Budget budget) {
    AnalyzedCluster cluster = candidates.cluster();
    double[] p = ClusterTerms.probabilities(ClusterTerms.counts(cluster));
    int[] pool = candidates.indices();
    Eligible eligible = new Eligible(candidates);
    List<Integer> chosen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    List<String> leadingWords = new ArrayList<>();
    int remaining = budget.capacity();
    while (true) {
      // the most probable word that some still-eligible sentence contains (ties: earlier term)
      int top = -1;
      for (int s : pool) {
        if (!eligible.test(s, remaining, chosen)) {
          continue;
        }
        for (int t : candidates.vectors().ids(s)) {
          if (top < 0 || p[t] > p[top] || (p[t] == p[top] && t < top)) {
            top = t;
          }
        }
      }
      if (top < 0) {
        break;
      }
      int best = -1;
      double bestWeight = Double.NEGATIVE_INFINITY;
      for (int s : pool) {
        if (!eligible.stillIn(s) || Arrays.binarySearch(candidates.vectors().ids(s), top) < 0) {
          continue;
        }
        double weight = averageProbability(cluster.termIds(s), p);
        if (weight > bestWeight) { // strict: ties keep the earlier sentence
          best = s;
          bestWeight = weight;
        }
      }
      chosen.add(best);
      scores.add(bestWeight);
      leadingWords.add(termText(cluster, best, top));
      eligible.take(best);
      remaining -= candidates.cost(best);
      for (int t : candidates.vectors().ids(best)) {
        p[t] = Math.pow(p[t], updateExponent);
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("leadingWords", leadingWords);
    return new Selection(chosen, scores, details);
  }

  /** The text of term {@code t} as sentence {@code s} has it. */
  private static String termText(AnalyzedCluster cluster, int s, int t) {
    int[] ids = cluster.termIds(s);
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] == t) {
        return cluster.sentences().get(s).terms().get(k);
      }
    }
    throw new IllegalStateException("term " + t + " is not in sentence " + s);
  }

  private static double averageProbability(int[] terms, double[] p) {
    double sum = 0;
    for (int t : terms) {
      sum += p[t];
    }
    return terms.length == 0 ? 0 : sum / terms.length;
  }
}
