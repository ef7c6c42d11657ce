package dev.precis.eval.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  @Test
  void recoversTheWeightsThatMadeTheLabels() {
    // labels drawn from a known model: log-odds = -1 + 2 x1 - 3 x2
    SplittableRandom random = new SplittableRandom(11);
    int n = 20_000;
    double[][] x = new double[n][2];
    double[] y = new double[n];
    double[] w = new double[n];
    for (int r = 0; r < n; r++) {
      x[r][0] = random.nextDouble() * 2 - 1;
      x[r][1] = random.nextDouble() * 2 - 1;
      double p = 1 / (1 + Math.exp(-(-1 + 2 * x[r][0] - 3 * x[r][1])));
      y[r] = random.nextDouble() < p ? 1 : 0;
      w[r] = 1.0 / n;
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, 0);
    assertThat(fit.intercept()).isCloseTo(-1, within(0.1));
    assertThat(fit.weights()[0]).isCloseTo(2, within(0.15));
    assertThat(fit.weights()[1]).isCloseTo(-3, within(0.15));
    // the same data, the same bits
    LogisticRegression.Fit again = LogisticRegression.fit(x, y, w, 0);
    assertThat(again.weights()).containsExactly(fit.weights());
    // a penalty pulls the weights toward 0
    LogisticRegression.Fit shrunk = LogisticRegression.fit(x, y, w, 1);
    assertThat(Math.abs(shrunk.weights()[1])).isLessThan(Math.abs(fit.weights()[1]));
  }

  @Test
  void aFeatureThatNeverVariesKeepsItsWeightAtZero() {
    double[][] x = {{0, 1}, {0, -1}, {0, 2}, {0, -2}};
    double[] y = {1, 0, 1, 0};
    double[] w = {1, 1, 1, 1};
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, 1e-3);
    assertThat(fit.weights()[0]).isZero();
    assertThat(fit.weights()[1]).isPositive();
  }
}
