package dev.precis.eval.rouge;

/**
 * ROUGE-L and ROUGE-W hits between one model and one peer, as ROUGE-1.5.5 computes them. For each
 * model sentence, the LCS with every peer sentence marks model positions (a union over peer
 * sentences); a marked token then counts only while both texts still have an unused occurrence of
 * it, so LCS hits can never exceed unigram hits.
 *
 * <p>Which positions an LCS marks depends on how ties are broken; we break them as 1.5.5 does
 * ("up" before "left") and recompute the directions from the score table instead of storing them.
 */
final class Lcs {
  private int[] table = new int[0];
  private double[] weighted = new double[0];
  private int[] run = new int[0];

  /**
   * Summary-level union LCS hits.
   *
   * @param modelCounts per token id, occurrences left in the model's cut text; decremented
   * @param peerCounts per token id, occurrences left in the peer's cut text; decremented
   */
  int unionHits(int[][] model, int[][] peer, int[] modelCounts, int[] peerCounts) {
    int hits = 0;
    for (int[] m : model) {
      if (m.length == 0) {
        continue;
      }
      boolean[] marked = new boolean[m.length];
      for (int[] p : peer) {
        markLcs(m, p, marked);
      }
      for (int i = 0; i < m.length; i++) {
        if (marked[i] && modelCounts[m[i]] > 0 && peerCounts[m[i]] > 0) {
          hits++;
          modelCounts[m[i]]--;
          peerCounts[m[i]]--;
        }
      }
    }
    return hits;
  }

  /**
   * Summary-level weighted LCS hits: each run of consecutive hits of length k adds k^weight.
   * Arguments as in {@link #unionHits}.
   */
  double weightedUnionHits(int[][] model, int[][] peer, int[] modelCounts, int[] peerCounts,
      double weight) {
    double hits = 0;
    for (int[] m : model) {
      if (m.length == 0) {
        continue;
      }
      boolean[] marked = new boolean[m.length];
      for (int[] p : peer) {
        markWeightedLcs(m, p, marked, weight);
      }
      // 1.5.5 closes a run only at a hit followed by an unmarked position or by the sentence end;
      // a marked position whose token is used up neither extends nor closes the run.
      int runLength = 0;
      for (int i = 0; i < m.length; i++) {
        if (marked[i] && modelCounts[m[i]] > 0 && peerCounts[m[i]] > 0) {
          runLength++;
          if ((i + 1 < m.length && !marked[i + 1]) || i + 1 == m.length) {
            hits += Math.pow(runLength, weight);
            runLength = 0;
          }
          modelCounts[m[i]]--;
          peerCounts[m[i]]--;
        }
      }
    }
    return hits;
  }

  private void markLcs(int[] m, int[] p, boolean[] marked) {
    int rows = m.length;
    int cols = p.length;
    int width = cols + 1;
    int size = (rows + 1) * width;
    if (table.length < size) {
      table = new int[Math.max(size, table.length * 2)];
    }
    int[] c = table;
    java.util.Arrays.fill(c, 0, width, 0);
    for (int i = 1; i <= rows; i++) {
      int row = i * width;
      int up = row - width;
      c[row] = 0;
      int token = m[i - 1];
      // the table is filled row by row; left and diagonal neighbours stay in registers
      int left = 0;
      int diagonal = 0;
      for (int j = 1; j <= cols; j++) {
        int above = c[up + j];
        int value = token == p[j - 1] ? diagonal + 1 : Math.max(above, left);
        c[row + j] = value;
        left = value;
        diagonal = above;
      }
    }
    int i = rows;
    int j = cols;
    while (i != 0 && j != 0) {
      if (m[i - 1] == p[j - 1]) {
        i--;
        j--;
        marked[i] = true;
      } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private void markWeightedLcs(int[] m, int[] p, boolean[] marked, double weight) {
    int rows = m.length;
    int cols = p.length;
    int width = cols + 1;
    int size = (rows + 1) * width;
    if (weighted.length < size) {
      weighted = new double[Math.max(size, weighted.length * 2)];
      run = new int[weighted.length];
    }
    double[] c = weighted;
    int[] l = run;
    java.util.Arrays.fill(c, 0, width, 0);
    java.util.Arrays.fill(l, 0, width, 0);
    for (int i = 1; i <= rows; i++) {
      int row = i * width;
      int up = row - width;
      c[row] = 0;
      l[row] = 0;
      int token = m[i - 1];
      for (int j = 1; j <= cols; j++) {
        if (token == p[j - 1]) {
          int k = l[up + j - 1];
          c[row + j] = c[up + j - 1] + Math.pow(k + 1, weight) - Math.pow(k, weight);
          l[row + j] = k + 1;
        } else {
          c[row + j] = c[up + j] >= c[row + j - 1] ? c[up + j] : c[row + j - 1];
          l[row + j] = 0;
        }
      }
    }
    int i = rows;
    int j = cols;
    while (i != 0 && j != 0) {
      if (m[i - 1] == p[j - 1]) {
        i--;
        j--;
        marked[i] = true;
      } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }
}
