package dev.precis.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Submodular summarization (Lin and Bilmes, 2011, "A class of submodular functions for document
 * summarization"): maximise F(S) = L(S) + λ·R(S) within the budget, where
 *
 * <ul>
 *   <li>coverage L(S) = Σ_i min(Σ_{j∈S} w_ij, α·Σ_{k∈V} w_ik) rewards a summary that resembles
 *       every sentence, but only up to a fraction α of what the whole cluster offers it, so that
 *       once a sentence is covered, covering it more earns nothing;
 *   <li>diversity R(S) = Σ_k sqrt(Σ_{j∈S∩P_k} r_j) rewards drawing from many parts P_k of the
 *       cluster: a second sentence from the same part earns less than the first (the square root);
 *       r_j is j's mean similarity to all sentences.
 * </ul>
 *
 * w is TF-IDF cosine and V the candidates. F is monotone and submodular, so the paper's budgeted
 * greedy applies: repeatedly take the sentence with the best gain / cost^r that fits, then return
 * the better of that summary and the best single sentence (this comparison is what gives the
 * constant-factor guarantee). Gains only shrink as S grows, so they are re-evaluated lazily
 * (Minoux's accelerated greedy), which chooses the same sentences in far fewer evaluations.
 *
 * <p>The parts P_k replace the paper's k-means with a deterministic k-medoids: medoids are seeded
 * by farthest-first traversal from the most central sentence (each next seed is the sentence least
 * similar to all seeds so far), then sentences go to their most similar medoid and each part's
 * medoid moves to its member most similar to the rest, for a few rounds.
 */
final class SubmodularSummarizer implements Summarizer {
  static final String NAME = "submodular";
  private static final int MEDOID_ROUNDS = 10;

  private final double saturation;
  private final double lambda;
  private final double costExponent;
  private final double clusterFraction;

  /**
   * @param saturation α·N: coverage of a sentence saturates at α = saturation / N of its total
   *     similarity to the N candidates
   * @param lambda weight of diversity against coverage
   * @param costExponent r in gain / cost^r: 0 ignores length, 1 is gain per unit of budget
   * @param clusterFraction the candidates are split into this fraction of N parts for diversity
   */
  SubmodularSummarizer(double saturation, double lambda, double costExponent,
      double clusterFraction) {
    if (!(saturation > 0) || lambda < 0 || costExponent < 0) {
      throw new IllegalArgumentException("saturation must be positive, lambda and r not negative");
    }
    if (!(clusterFraction > 0 && clusterFraction <= 1)) {
      throw new IllegalArgumentException("cluster fraction must be in (0, 1], got " + clusterFraction);
    }
    this.saturation = saturation;
    this.lambda = lambda;
    this.costExponent = costExponent;
    this.clusterFraction = clusterFraction;
  }

  /** The paper's DUC settings: α = 5/N, λ = 6, r = 0.3, K = 0.2·N parts. */
  static SubmodularSummarizer defaults() {
    return new SubmodularSummarizer(5.0, 6.0, 0.3, 0.2);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("similarity", "tf-idf cosine");
    p.put("alpha", saturation + "/N");
    p.put("lambda", lambda);
    p.put("costExponent", costExponent);
    p.put("clusters", clusterFraction + "*N");
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    int[] pool = candidates.indices();
    int n = pool.length;
    if (n == 0) {
      return Selection.of(List.of(), List.of());
    }
    // float halves the memory of the N×N matrix; its precision is ample for similarities
    float[][] w = new float[n][n];
    for (int a = 0; a < n; a++) {
      w[a][a] = (float) candidates.vectors().cosine(pool[a], pool[a]);
      for (int b = a + 1; b < n; b++) {
        float sim = (float) candidates.vectors().cosine(pool[a], pool[b]);
        w[a][b] = sim;
        w[b][a] = sim;
      }
    }
    double alpha = saturation / n;
    double[] cap = new double[n];
    double[] reward = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += w[i][k];
      }
      cap[i] = alpha * sum;
      reward[i] = sum / n;
    }
    int[] part = partition(w, reward, Math.max(1, (int) Math.round(clusterFraction * n)));
    int parts = 0;
    for (int k : part) {
      parts = Math.max(parts, k + 1);
    }

    double[] coverage = new double[n]; // Σ_{j∈S} w_ij
    double[] partReward = new double[parts]; // Σ_{j∈S∩P_k} r_j
    double[] scaledCost = new double[n];
    for (int k = 0; k < n; k++) {
      scaledCost[k] = Math.pow(Math.max(1, candidates.cost(pool[k])), costExponent);
    }
    // lazy greedy: entries are {candidate, scaled gain, round it was computed in, gain}; a gain
    // from an earlier round is an upper bound on the current one
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> {
      int c = Double.compare(y[1], x[1]);
      return c != 0 ? c : Double.compare(x[0], y[0]);
    });
    for (int k = 0; k < n; k++) {
      double g = gain(k, w, cap, coverage, part, partReward, reward);
      queue.add(new double[] {k, g / scaledCost[k], 0, g});
    }
    List<Integer> chosen = new ArrayList<>();
    List<Double> gains = new ArrayList<>();
    double objective = 0;
    int remaining = budget.capacity();
    int evaluations = n;
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int k = (int) top[0];
      // a sentence that does not fit or repeats a chosen one now never will: the paper drops it
      if (candidates.cost(pool[k]) > remaining || candidates.redundant(pool[k], chosen)) {
        continue;
      }
      if ((int) top[2] != chosen.size()) {
        double g = gain(k, w, cap, coverage, part, partReward, reward);
        evaluations++;
        queue.add(new double[] {k, g / scaledCost[k], chosen.size(), g});
        continue;
      }
      double g = top[3];
      chosen.add(pool[k]);
      gains.add(g);
      objective += g;
      remaining -= candidates.cost(pool[k]);
      for (int i = 0; i < n; i++) {
        coverage[i] += w[i][k];
      }
      partReward[part[k]] += reward[k];
    }

    int single = -1;
    double singleValue = Double.NEGATIVE_INFINITY;
    double[] empty = new double[n];
    double[] emptyParts = new double[parts];
    for (int k = 0; k < n; k++) {
      if (candidates.cost(pool[k]) <= budget.capacity()) {
        double value = gain(k, w, cap, empty, part, emptyParts, reward);
        if (value > singleValue) {
          single = k;
          singleValue = value;
        }
      }
    }
    boolean singleWins = single >= 0 && singleValue > objective;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("clusters", parts);
    details.put("objective", Math.round(Math.max(objective, singleValue) * 10_000) / 10_000.0);
    details.put("bestSingleSentence", singleWins);
    details.put("gainEvaluations", evaluations);
    if (singleWins) {
      return new Selection(List.of(pool[single]), List.of(singleValue), details);
    }
    return new Selection(chosen, gains, details);
  }

  /** F(S ∪ {k}) − F(S), given S's coverage of every sentence and reward in every part. */
  private double gain(int k, float[][] w, double[] cap, double[] coverage, int[] part,
      double[] partReward, double[] reward) {
    double covered = 0;
    float[] column = w[k]; // w is symmetric: row k holds w_ik
    for (int i = 0; i < cap.length; i++) {
      double before = Math.min(coverage[i], cap[i]);
      covered += Math.min(coverage[i] + column[i], cap[i]) - before;
    }
    double had = partReward[part[k]];
    return covered + lambda * (Math.sqrt(had + reward[k]) - Math.sqrt(had));
  }

  /** Part of each candidate (0..parts-1), by the deterministic k-medoids described above. */
  static int[] partition(float[][] w, double[] centrality, int parts) {
    int n = w.length;
    parts = Math.min(parts, n);
    int[] medoids = new int[parts];
    boolean[] isMedoid = new boolean[n];
    int first = 0;
    for (int j = 1; j < n; j++) {
      if (centrality[j] > centrality[first]) {
        first = j;
      }
    }
    medoids[0] = first;
    isMedoid[first] = true;
    double[] nearest = new double[n]; // similarity to the most similar medoid so far
    for (int j = 0; j < n; j++) {
      nearest[j] = w[j][first];
    }
    for (int m = 1; m < parts; m++) {
      int next = -1;
      for (int j = 0; j < n; j++) {
        if (!isMedoid[j] && (next < 0 || nearest[j] < nearest[next])) {
          next = j;
        }
      }
      medoids[m] = next;
      isMedoid[next] = true;
      for (int j = 0; j < n; j++) {
        nearest[j] = Math.max(nearest[j], w[j][next]);
      }
    }
    int[] part = new int[n];
    for (int round = 0; round < MEDOID_ROUNDS; round++) {
      for (int j = 0; j < n; j++) {
        int best = 0;
        for (int m = 1; m < parts; m++) {
          if (w[j][medoids[m]] > w[j][medoids[best]]) {
            best = m;
          }
        }
        part[j] = best;
      }
      // a medoid that duplicates an earlier one would join that one's part and leave its own
      // empty; keeping every medoid in its own part keeps every part non-empty
      for (int m = 0; m < parts; m++) {
        part[medoids[m]] = m;
      }
      boolean moved = false;
      int[][] members = members(part, parts);
      for (int m = 0; m < parts; m++) {
        int best = medoids[m];
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int j : members[m]) {
          double sum = 0;
          for (int i : members[m]) {
            sum += w[i][j];
          }
          if (sum > bestSum || (sum == bestSum && j < best)) {
            best = j;
            bestSum = sum;
          }
        }
        moved |= best != medoids[m];
        medoids[m] = best;
      }
      if (!moved) {
        break;
      }
    }
    return part;
  }

  private static int[][] members(int[] part, int parts) {
    int[] size = new int[parts];
    for (int k : part) {
      size[k]++;
    }
    int[][] members = new int[parts][];
    for (int m = 0; m < parts; m++) {
      members[m] = new int[size[m]];
    }
    int[] filled = new int[parts];
    for (int j = 0; j < part.length; j++) {
      members[part[j]][filled[part[j]]++] = j;
    }
    return members;
  }
}
