package dev.precis.summarize;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weighted PageRank by power iteration over an undirected sentence graph, shared by LexRank and
 * TextRank. The graph is stored sparsely (edges at or below the threshold are left out), which is
 * what keeps 2,000-sentence clusters within their time bound: most sentence pairs share no word.
 */
final class PageRank {
  private PageRank() {}

  /** A symmetric similarity between nodes {@code a < b}. */
  @FunctionalInterface
  interface Similarity {
    double between(int a, int b);
  }

  /**
   * @param scores stationary probability of each node, summing to 1
   * @param iterations power iterations run
   * @param converged whether the L1 change fell below the tolerance
   * @param edges undirected edges kept
   */
  record Result(double[] scores, int iterations, boolean converged, int edges) {

    /**
     * The budget filled greedily by {@code sentenceScores} (this ranking mapped onto cluster
     * sentences), with the ranking's edges, iterations and convergence as the selection's details.
     */
    Selection fill(Candidates candidates, Budget budget, double[] sentenceScores) {
      Selection fill = GreedyFill.byScore(candidates, budget, sentenceScores);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("edges", edges);
      details.put("iterations", iterations);
      details.put("converged", converged);
      return new Selection(fill.sentences(), fill.scores(), details);
    }
  }

  /**
   * @param n number of nodes
   * @param similarity edge weight between two nodes; no self-loops are asked for
   * @param minWeight edges of this weight or less are dropped
   * @param damping probability of following an edge rather than jumping to a random node
   */
  static Result rank(int n, Similarity similarity, double minWeight, double damping,
      double tolerance, int maxIterations) {
    // each pair is compared once; the upper triangle is then mirrored into full adjacency rows
    int[][] upper = new int[n][];
    double[][] upperWeights = new double[n][];
    int[] degree = new int[n];
    int[] scratch = new int[n];
    double[] scratchWeights = new double[n];
    int edges = 0;
    for (int a = 0; a < n; a++) {
      int count = 0;
      for (int b = a + 1; b < n; b++) {
        double w = similarity.between(a, b);
        if (w > minWeight) {
          scratch[count] = b;
          scratchWeights[count++] = w;
          degree[b]++;
        }
      }
      degree[a] += count;
      upper[a] = Arrays.copyOf(scratch, count);
      upperWeights[a] = Arrays.copyOf(scratchWeights, count);
      edges += count;
    }
    int[][] neighbours = new int[n][];
    double[][] weights = new double[n][];
    double[] rowSum = new double[n];
    int[] filled = new int[n];
    for (int a = 0; a < n; a++) {
      neighbours[a] = new int[degree[a]];
      weights[a] = new double[degree[a]];
    }
    for (int a = 0; a < n; a++) {
      for (int k = 0; k < upper[a].length; k++) {
        int b = upper[a][k];
        double w = upperWeights[a][k];
        neighbours[a][filled[a]] = b;
        weights[a][filled[a]++] = w;
        neighbours[b][filled[b]] = a;
        weights[b][filled[b]++] = w;
        rowSum[a] += w;
        rowSum[b] += w;
      }
    }

    double[] p = new double[n];
    if (n == 0) {
      return new Result(p, 0, true, 0);
    }
    Arrays.fill(p, 1.0 / n);
    double[] next = new double[n];
    int iterations = 0;
    boolean converged = false;
    while (iterations < maxIterations && !converged) {
      // a node without edges has nowhere to send its rank: it teleports, like the damping share
      double dangling = 0;
      Arrays.fill(next, 0);
      for (int a = 0; a < n; a++) {
        if (rowSum[a] == 0) {
          dangling += p[a];
          continue;
        }
        double share = damping * p[a] / rowSum[a];
        int[] js = neighbours[a];
        double[] ws = weights[a];
        for (int k = 0; k < js.length; k++) {
          next[js[k]] += share * ws[k];
        }
      }
      double jump = ((1 - damping) + damping * dangling) / n;
      double change = 0;
      for (int a = 0; a < n; a++) {
        next[a] += jump;
        change += Math.abs(next[a] - p[a]);
      }
      double[] swap = p;
      p = next;
      next = swap;
      iterations++;
      converged = change < tolerance;
    }
    return new Result(p, iterations, converged, edges);
  }
}
