package dev.precis.eval.rouge;

/**
 * Recall, precision and F of one metric, each rounded to five decimals as ROUGE-1.5.5 prints them
 * (1.5.5 computes F from the rounded recall and precision, and so do we).
 */
public record RougeScore(double recall, double precision, double f) {

  static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /** Rounds recall and precision, then F = R P / ((1 - alpha) P + alpha R), or 0 when undefined. */
  static RougeScore of(double recall, double precision, double alpha) {
    double r = PerlNumbers.round5(recall);
    double p = PerlNumbers.round5(precision);
    double denominator = (1 - alpha) * p + alpha * r;
    double f = denominator > 0 ? PerlNumbers.round5((p * r) / denominator) : 0;
    return new RougeScore(r, p, f);
  }

  @Override
  public String toString() {
    return "R " + PerlNumbers.format5(recall) + " P " + PerlNumbers.format5(precision) + " F "
        + PerlNumbers.format5(f);
  }
}
