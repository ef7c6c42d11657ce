package dev.precis.eval.fit;

/**
 * A small dense linear system solved exactly: the Newton step of {@link LogisticRegression} and the
 * normal equations of a ridge regression. Gaussian elimination with partial pivoting, every sum in
 * index order, so the same system gives the same solution to the bit.
 *
 * <pre>{@code
 * double[] x = LinearSystem.solve(a, b); // a x = b; a and b are left as they were
 * }</pre>
 */
public final class LinearSystem {
  private LinearSystem() {}

  /**
   * Solves {@code a x = b}. A pivot of exactly 0 (a feature that never varies) is taken as 1e-12,
   * which leaves that unknown where the others put it.
   */
  public static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      double tb = b[c];
      b[c] = b[pivot];
      b[pivot] = tb;
      if (a[c][c] == 0) {
        // a feature that never varies: leave its weight where it is
        a[c][c] = 1e-12;
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }}
