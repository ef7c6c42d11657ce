package dev.precis.eval.fit;

import java.util.Arrays;

/**
 * Weighted logistic regression fitted by Newton's method with an L2 penalty on the weights (not
 * the intercept). Small and exact: a dozen features, a few hundred thousand examples, a few
 * iterations to convergence; every sum runs in example order, so the fit is reproducible to the
 * bit.
 *
 * <pre>{@code
 * LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, 1e-3);
 * fit.weights(); fit.intercept();
 * }</pre>
 */
public final class LogisticRegression {
  static final int MAX_ITERATIONS = 50;
  static final double TOLERANCE = 1e-10;

  private LogisticRegression() {}

  /**
   * A fitted model.
   *
   * @param weights one per feature
   * @param intercept the bias
   * @param iterations Newton steps taken
   */
  public record Fit(double[] weights, double intercept, int iterations) {}

  /**
   * Fits the model.
   *
   * @param x features, one row per example
   * @param y labels, 0 or 1
   * @param w example weights, positive
   * @param lambda L2 penalty on the weights
   */
  public static Fit fit(double[][] x, double[] y, double[] w, double lambda) {
    int d = x[0].length + 1;
    double[] beta = new double[d];
    int iterations = 0;
    for (; iterations < MAX_ITERATIONS; iterations++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      double[] row = new double[d];
      for (int r = 0; r < x.length; r++) {
        row[0] = 1;
        System.arraycopy(x[r], 0, row, 1, d - 1);
        double z = 0;
        for (int a = 0; a < d; a++) {
          z += beta[a] * row[a];
        }
        double p = 1 / (1 + Math.exp(-z));
        double g = w[r] * (p - y[r]);
        double h = w[r] * p * (1 - p);
        for (int a = 0; a < d; a++) {
          gradient[a] += g * row[a];
          for (int b = a; b < d; b++) {
            hessian[a][b] += h * row[a] * row[b];
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hessian[a][b] = hessian[b][a];
        }
      }
      for (int a = 1; a < d; a++) {
        gradient[a] += lambda * beta[a];
        hessian[a][a] += lambda;
      }
      double[] step = LinearSystem.solve(hessian, gradient);
      double change = 0;
      for (int a = 0; a < d; a++) {
        beta[a] -= step[a];
        change = Math.max(change, Math.abs(step[a]));
      }
      if (change < TOLERANCE) {
        iterations++;
        break;
      }
    }
    return new Fit(Arrays.copyOfRange(beta, 1, d), beta[0], iterations);
  }

}
