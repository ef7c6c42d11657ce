package dev.precis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-link agglomerative clustering of one component: groups merge, closest pair first, while
 * the mean score over all pairs across two groups reaches the threshold. Computed exactly with the
 * nearest-neighbour chain (average linkage is reducible, so the chain finds the same merges as
 * the textbook closest-pair loop, in O(m²) time).
 *
 * <pre>{@code
 * int[][] groups = AverageLinkage.cluster(scores, 0.5);   // scores: symmetric m × m
 * }</pre>
 *
 * <p>Ties are broken by index, so the result is a function of the matrix.
 */
final class AverageLinkage {
  private AverageLinkage() {}

  /**
   * The groups of a component.
   *
   * @param scores pair scores, symmetric; the diagonal is ignored. Overwritten.
   * @param threshold mean score two groups need to merge
   * @return groups of row indices, each ascending, ordered by their first index
   */
  static int[][] cluster(float[][] scores, double threshold) {
    int[] ones = new int[scores.length];
    Arrays.fill(ones, 1);
    return cut(dendrogram(scores, ones), scores.length, threshold);
  }

  /**
   * The merges of the full dendrogram of a component, to cut at several thresholds.
   *
   * @param scores pair scores, symmetric; the diagonal is ignored. Overwritten.
   * @param weights how many articles each row stands for (copies of one text are one row): a
   *     mean over groups counts every article
   */
  static List<Merge> dendrogram(float[][] scores, int[] weights) {
    return scores.length > 1 ? merges(scores, weights) : List.of();
  }

  /** The groups of a component of {@code m} rows at a threshold, from its dendrogram. */
  static int[][] cut(List<Merge> dendrogram, int m, double threshold) {
    int[] parent = new int[m];
    for (int i = 0; i < m; i++) {
      parent[i] = i;
    }
    for (Merge merge : dendrogram) {
      if (merge.height() >= threshold) {
        union(parent, merge.a(), merge.b());
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    int[] groupOf = new int[m];
    Arrays.fill(groupOf, -1);
    for (int i = 0; i < m; i++) {
      int root = find(parent, i);
      if (groupOf[root] < 0) {
        groupOf[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOf[root]).add(i);
    }
    int[][] result = new int[groups.size()][];
    for (int g = 0; g < result.length; g++) {
      result[g] = groups.get(g).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  /** A merge of the groups led by rows a and b, at the mean score across them. */
  record Merge(int a, int b, double height) {}

  /** The merges of the full dendrogram. */
  private static List<Merge> merges(float[][] s, int[] weights) {
    int m = s.length;
    long[] size = new long[m];
    for (int i = 0; i < m; i++) {
      size[i] = weights[i];
    }
    boolean[] active = new boolean[m];
    Arrays.fill(active, true);
    int[] chain = new int[m];
    int length = 0;
    int remaining = m;
    int next = 0;
    List<Merge> merges = new ArrayList<>(m - 1);
    while (remaining > 1) {
      if (length == 0) {
        while (!active[next]) {
          next++;
        }
        chain[length++] = next;
      }
      int a = chain[length - 1];
      int previous = length > 1 ? chain[length - 2] : -1;
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < m; j++) {
        if (!active[j] || j == a) {
          continue;
        }
        double v = s[a][j];
        // the previous link of the chain wins ties, so the chain cannot cycle
        if (v > bestScore || (v == bestScore && j == previous)) {
          bestScore = v;
          best = j;
        }
      }
      if (best == previous) {
        length -= 2;
        int keep = Math.min(a, best);
        int gone = Math.max(a, best);
        merges.add(new Merge(keep, gone, bestScore));
        for (int k = 0; k < m; k++) {
          if (active[k] && k != keep && k != gone) {
            float v = (float) ((size[keep] * (double) s[keep][k] + size[gone] * (double) s[gone][k])
                / (size[keep] + size[gone]));
            s[keep][k] = v;
            s[k][keep] = v;
          }
        }
        size[keep] += size[gone];
        active[gone] = false;
        remaining--;
      } else {
        chain[length++] = best;
      }
    }
    return merges;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
