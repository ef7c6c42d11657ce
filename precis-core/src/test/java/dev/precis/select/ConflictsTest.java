package dev.precis.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConflictsTest {

  /** Items conflict when their numbers share a remainder modulo 7: a symmetric test. */
  private static boolean sameRemainder(int i, int j) {
    return i % 7 == j % 7;
  }

  @Test
  void lazyRowsAreTheFullRows() {
    int m = 30;
    BitSet[] full = new BitSet[m];
    for (int i = 0; i < m; i++) {
      full[i] = new BitSet(m);
      for (int j = 0; j < m; j++) {
        if (i != j && sameRemainder(i, j)) {
          full[i].set(j);
        }
      }
    }
    Conflicts lazy = Conflicts.lazy(m, ConflictsTest::sameRemainder);
    for (int i = m - 1; i >= 0; i -= 3) {
      assertThat(lazy.of(i)).isEqualTo(full[i]);
    }
    for (int i = 0; i < m; i++) {
      assertThat(lazy.of(i)).isEqualTo(full[i]);
      assertThat(lazy.between(i, (i + 7) % m)).isEqualTo(full[i].get((i + 7) % m));
    }
  }

  @Test
  void eachPairIsTestedOnceWithTheSmallerItemFirstAndOnlyWhenAsked() {
    List<String> asked = new ArrayList<>();
    Conflicts lazy = Conflicts.lazy(5, (i, j) -> {
      asked.add(i + "," + j);
      return false;
    });
    lazy.of(3);
    lazy.of(1);
    lazy.of(3);
    assertThat(asked).containsExactly("0,3", "1,3", "2,3", "3,4", "0,1", "1,2", "1,4");
    assertThat(new HashSet<>(asked)).hasSameSizeAs(asked);
  }

  @Test
  void theSolverFindsTheSameSolutionWithLazyAndFullConflicts() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 50; round++) {
      int m = 12 + random.nextInt(20);
      int[] costs = new int[m];
      int[][] concepts = new int[m][];
      double[] weights = new double[40];
      for (int c = 0; c < weights.length; c++) {
        weights[c] = 1 + random.nextInt(5);
      }
      boolean[][] conflict = new boolean[m][m];
      BitSet[] full = new BitSet[m];
      for (int i = 0; i < m; i++) {
        costs[i] = 5 + random.nextInt(25);
        Set<Integer> own = new HashSet<>();
        int n = 2 + random.nextInt(8);
        while (own.size() < n) {
          own.add(random.nextInt(weights.length));
        }
        concepts[i] = own.stream().mapToInt(Integer::intValue).sorted().toArray();
        full[i] = new BitSet(m);
      }
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          if (random.nextInt(6) == 0) {
            conflict[i][j] = true;
            full[i].set(j);
            full[j].set(i);
          }
        }
      }
      int[] pairs = {0};
      Conflicts lazy = Conflicts.lazy(m, (i, j) -> {
        pairs[0]++;
        return conflict[i][j];
      });
      CoverageSolver.Result eager =
          new CoverageSolver(costs, concepts, weights, null, Conflicts.of(full), 100, 1_000_000)
              .solve();
      CoverageSolver.Result asked =
          new CoverageSolver(costs, concepts, weights, null, lazy, 100, 1_000_000).solve();
      assertThat(asked.chosen()).isEqualTo(eager.chosen());
      assertThat(asked.value()).isEqualTo(eager.value());
      assertThat(asked.nodes()).isEqualTo(eager.nodes());
      assertThat(pairs[0]).isLessThanOrEqualTo(m * (m - 1) / 2);
    }
  }

  @Test
  void aNegativeSizeIsRefused() {
    assertThatThrownBy(() -> Conflicts.lazy(-1, (i, j) -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
