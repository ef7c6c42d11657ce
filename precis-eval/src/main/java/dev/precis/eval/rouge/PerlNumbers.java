package dev.precis.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number handling that must match perl's bit for bit. */
final class PerlNumbers {
  private PerlNumbers() {}

  /**
   * The value perl gets back from {@code sprintf("%7.5f", x)}: C's printf rounds the exact binary
   * value half to even, which matters for values such as 1/64 = 0.015625 that are exact ties.
   * Dividing the rounded integer by 1e5 gives the same double as parsing the printed digits.
   */
  static double round5(double x) {
    if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
      return x == 0 || Double.isNaN(x) ? 0 : x;
    }
    return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).unscaledValue().longValueExact()
        / 1e5;
  }

  /** Perl's {@code sprintf("%.5f", x)}. */
  static String format5(double x) {
    return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).toPlainString();
  }
}
