package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageRankTest {

  /** A small weighted graph with an isolated node, whose rank must go back to every node. */
  private static final double[][] WEIGHTS = {
      {0, 0.5, 0.2, 0, 0},
      {0.5, 0, 0.9, 0.1, 0},
      {0.2, 0.9, 0, 0.3, 0},
      {0, 0.1, 0.3, 0, 0},
      {0, 0, 0, 0, 0}};

  @Test
  void powerIterationReachesTheStationaryDistribution() {
    int n = WEIGHTS.length;
    double d = 0.85;
    PageRank.Result result = PageRank.rank(n, (a, b) -> WEIGHTS[a][b], 0.0, d, 1e-12, 1000);

    // solve p = (1 - d)/n + d·(Mᵀp + dangling/n) directly: (I − d·Gᵀ) p = (1 − d)/n, where G's
    // rows are the row-normalised weights, and the empty row jumps uniformly
    double[][] system = new double[n][n + 1];
    for (int j = 0; j < n; j++) {
      system[j][j] = 1;
      system[j][n] = (1 - d) / n;
      for (int i = 0; i < n; i++) {
        double rowSum = Arrays.stream(WEIGHTS[i]).sum();
        double g = rowSum == 0 ? 1.0 / n : WEIGHTS[i][j] / rowSum;
        system[j][i] -= d * g;
      }
    }
    double[] expected = solve(system);

    assertThat(result.converged()).isTrue();
    assertThat(result.edges()).isEqualTo(5);
    assertThat(Arrays.stream(result.scores()).sum()).isCloseTo(1.0, within(1e-9));
    for (int i = 0; i < n; i++) {
      assertThat(result.scores()[i]).as("node %d", i).isCloseTo(expected[i], within(1e-9));
    }
    // the best-connected node ranks first, the isolated one last
    assertThat(result.scores()[1]).isGreaterThan(result.scores()[0]);
    assertThat(result.scores()[4]).isLessThan(result.scores()[3]);
  }

  @Test
  void dropsEdgesAtOrBelowTheThresholdAndStopsAtTheIterationLimit() {
    PageRank.Result result = PageRank.rank(WEIGHTS.length, (a, b) -> WEIGHTS[a][b], 0.2, 0.85,
        1e-30, 3);
    assertThat(result.edges()).isEqualTo(3); // 0.5, 0.9 and 0.3
    assertThat(result.iterations()).isEqualTo(3);
    assertThat(result.converged()).isFalse();
  }

  private static double[] solve(double[][] m) {
    int n = m.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }
}
