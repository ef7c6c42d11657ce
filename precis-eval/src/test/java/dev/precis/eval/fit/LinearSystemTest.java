package dev.precis.eval.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearSystemTest {
  @Test
  void solvesASystemThatNeedsAPivotAndLeavesItsInputAsItWas() {
    // the first pivot is 0: without row exchange the elimination would divide by it
    double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 3}};
    double[] b = {7, 6, 13}; // x = (1, 2, 3)
    double[] x = LinearSystem.solve(a, b);
    assertThat(x[0]).isCloseTo(1, within(1e-12));
    assertThat(x[1]).isCloseTo(2, within(1e-12));
    assertThat(x[2]).isCloseTo(3, within(1e-12));
    assertThat(a[0]).containsExactly(0, 2, 1);
    assertThat(b).containsExactly(7, 6, 13);
  }

  @Test
  void anUnknownNothingConstrainsStaysAtZero() {
    // a feature that never varies leaves a zero row and column in the Newton system
    double[][] a = {{2, 0}, {0, 0}};
    double[] x = LinearSystem.solve(a, new double[] {4, 0});
    assertThat(x).containsExactly(2, 0);
  }
}
