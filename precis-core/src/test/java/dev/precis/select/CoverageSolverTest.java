package dev.precis.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverageSolverTest {

  @Test
  void findsTheOptimumWhereGreedyFails() {
    // greedy by ratio takes item 0 (3 per unit); the optimum is items 1 + 2
    int[] costs = {1, 5, 5};
    int[][] concepts = {{0}, {1}, {2}};
    double[] weights = {3, 10, 10};
    CoverageSolver.Result r =
        new CoverageSolver(costs, concepts, weights, null, null, 10, 1_000_000).solve();
    assertThat(r.chosen()).containsExactly(1, 2);
    assertThat(r.value()).isEqualTo(20.0);
    assertThat(r.optimal()).isTrue();
  }

  @Test
  void fixedItemsAreInTheSolutionAndTheRestIsOptimisedAroundThem() {
    // the optimum is items 1 + 2; fixing item 0 leaves room for one of them, the better one
    int[] costs = {1, 5, 5};
    int[][] concepts = {{0}, {1}, {2}};
    double[] weights = {3, 10, 9};
    CoverageSolver solver = new CoverageSolver(costs, concepts, weights, null, null, 10, 1_000_000);
    assertThat(solver.solve().chosen()).containsExactly(1, 2);
    CoverageSolver.Result r = solver.solve(0);
    assertThat(r.chosen()).containsExactly(0, 1);
    assertThat(r.value()).isEqualTo(13.0);
    assertThat(r.optimal()).isTrue();
    assertThat(solver.solve(2).chosen()).containsExactly(1, 2);
    assertThat(solver.solve().chosen()).containsExactly(1, 2); // solving again starts afresh
  }

  @Test
  void aFixedItemsConceptsCountOnce() {
    int[] costs = {5, 5};
    int[][] concepts = {{0, 1}, {0}};
    double[] weights = {4, 1};
    CoverageSolver.Result r =
        new CoverageSolver(costs, concepts, weights, null, null, 10, 1_000_000).solve(1);
    assertThat(r.chosen()).containsExactly(0, 1);
    assertThat(r.value()).isEqualTo(5.0);
  }

  @Test
  void fixedItemsMustFitAndAgree() {
    int[] costs = {6, 6};
    int[][] concepts = {{0}, {1}};
    double[] weights = {1, 1};
    CoverageSolver solver = new CoverageSolver(costs, concepts, weights, null, null, 10, 1_000);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> solver.solve(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsSharedConceptsOnce() {
    int[] costs = {2, 2, 2};
    int[][] concepts = {{0, 1}, {0, 1}, {2}};
    double[] weights = {5, 5, 1};
    CoverageSolver.Result r =
        new CoverageSolver(costs, concepts, weights, null, null, 4, 1_000_000).solve();
    assertThat(r.value()).isEqualTo(11.0);
    assertThat(r.chosen()).containsExactly(0, 2);
  }

  @Test
  void respectsConflicts() {
    int[] costs = {1, 1};
    int[][] concepts = {{0}, {1}};
    double[] weights = {2, 1};
    BitSet[] conflicts = {new BitSet(), new BitSet()};
    conflicts[0].set(1);
    conflicts[1].set(0);
    CoverageSolver.Result r =
        new CoverageSolver(costs, concepts, weights, null, Conflicts.of(conflicts), 2, 1_000_000)
            .solve();
    assertThat(r.chosen()).containsExactly(0);
  }

  @Test
  void matchesExhaustiveSearchOnRandomProblems() {
    Random random = new Random(42);
    for (int trial = 0; trial < 200; trial++) {
      int m = 4 + random.nextInt(9);
      int conceptCount = 12;
      int[] costs = new int[m];
      int[][] concepts = new int[m][];
      double[] weights = new double[conceptCount];
      double[] bonuses = new double[m];
      for (int c = 0; c < conceptCount; c++) {
        weights[c] = 1 + random.nextInt(5);
      }
      for (int i = 0; i < m; i++) {
        costs[i] = 1 + random.nextInt(6);
        concepts[i] = random.ints(1 + random.nextInt(4), 0, conceptCount).distinct().toArray();
        bonuses[i] = random.nextInt(3) * 0.5;
      }
      int capacity = 5 + random.nextInt(10);
      CoverageSolver.Result r =
          new CoverageSolver(costs, concepts, weights, bonuses, null, capacity, 10_000_000).solve();
      assertThat(r.value()).as("trial %d", trial)
          .isCloseTo(bruteForce(costs, concepts, weights, bonuses, capacity), within());
      assertThat(r.optimal()).isTrue();
    }
  }

  @Test
  void keptGainsOfWholeWeightsFindWhatSummedGainsFind() {
    // whole weights take the path that keeps each item's gain up to date; the same weights
    // halved (exact in binary, no longer whole) take the path that sums gains at every node
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int m = 4 + random.nextInt(9);
      int conceptCount = 10;
      int[] costs = new int[m];
      int[][] concepts = new int[m][];
      double[] weights = new double[conceptCount];
      double[] halved = new double[conceptCount];
      for (int c = 0; c < conceptCount; c++) {
        weights[c] = 1 + random.nextInt(7);
        halved[c] = weights[c] / 2;
      }
      for (int i = 0; i < m; i++) {
        costs[i] = 1 + random.nextInt(6);
        concepts[i] = random.ints(1 + random.nextInt(4), 0, conceptCount).distinct().toArray();
      }
      int capacity = 5 + random.nextInt(10);
      int fixed = random.nextInt(m);
      int[] one = costs[fixed] <= capacity ? new int[] {fixed} : new int[0];
      CoverageSolver.Result whole =
          new CoverageSolver(costs, concepts, weights, null, null, capacity, 10_000_000).solve();
      CoverageSolver.Result half =
          new CoverageSolver(costs, concepts, halved, null, null, capacity, 10_000_000).solve();
      assertThat(whole.value()).as("trial %d", trial)
          .isCloseTo(bruteForce(costs, concepts, weights, null, capacity), within());
      assertThat(whole.chosen()).as("trial %d", trial).isEqualTo(half.chosen());
      assertThat(whole.value()).isEqualTo(2 * half.value());
      CoverageSolver solver =
          new CoverageSolver(costs, concepts, weights, null, null, capacity, 10_000_000);
      CoverageSolver.Result around = solver.solve(one);
      for (int f : one) {
        assertThat(around.chosen()).as("trial %d", trial).contains(f);
      }
      assertThat(around.chosen())
          .isEqualTo(new CoverageSolver(costs, concepts, halved, null, null, capacity, 10_000_000)
              .solve(one).chosen());
      // a second solve on the same solver starts from nothing again
      assertThat(solver.solve().chosen()).isEqualTo(whole.chosen());
    }
  }

  @Test
  void reportsNonOptimalWhenNodeLimitIsHit() {
    int[] costs = {1, 5, 5};
    int[][] concepts = {{0}, {1}, {2}};
    double[] weights = {3, 10, 10};
    CoverageSolver.Result r =
        new CoverageSolver(costs, concepts, weights, null, null, 10, 1).solve();
    assertThat(r.optimal()).isFalse();
    assertThat(r.value()).isEqualTo(13.0); // the greedy incumbent, still a valid answer
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static double bruteForce(int[] costs, int[][] concepts, double[] weights,
      double[] bonuses, int capacity) {
    double best = 0;
    for (int mask = 0; mask < (1 << costs.length); mask++) {
      int cost = 0;
      double value = 0;
      boolean[] covered = new boolean[weights.length];
      for (int i = 0; i < costs.length; i++) {
        if ((mask & (1 << i)) != 0) {
          cost += costs[i];
          value += bonuses == null ? 0 : bonuses[i];
          for (int c : concepts[i]) {
            if (!covered[c]) {
              covered[c] = true;
              value += weights[c];
            }
          }
        }
      }
      if (cost <= capacity) {
        best = Math.max(best, value);
      }
    }
    return best;
  }
}
