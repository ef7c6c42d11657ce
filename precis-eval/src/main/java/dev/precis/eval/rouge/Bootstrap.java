package dev.precis.eval.rouge;

import java.util.Arrays;

/**
 * ROUGE-1.5.5's confidence intervals: sample {@code resamples} times as many topics as there are,
 * with replacement, sample i drawn from perl's generator seeded with i; average each sample; the
 * interval ends are the (100 - c) / 2 percentiles of the sorted sample averages, interpolated as
 * 1.5.5 does. 1.5.5 prints the mean of the sample averages as "Average", not the plain mean.
 */
final class Bootstrap {
  /** Per column: 1.5.5's average, interval ends and the plain mean, all rounded to 5 decimals. */
  record Estimate(double average, double lower, double upper, double mean) {}

  private Bootstrap() {}

  /**
   * @param rows topic scores, row after row, {@code columns} values per topic, in input order
   *     (the order decides which topics each seeded sample draws)
   */
  static Estimate[] estimate(double[] rows, int topics, int columns, int resamples,
      double confidence) {
    Estimate[] out = new Estimate[columns];
    if (topics == 0) {
      Arrays.fill(out, new Estimate(0, 0, 0, 0));
      return out;
    }
    double[][] averages = new double[columns][resamples];
    double[] sums = new double[columns];
    for (int r = 0; r < resamples; r++) {
      PerlRandom random = new PerlRandom(r);
      Arrays.fill(sums, 0);
      for (int t = 0; t < topics; t++) {
        int row = random.nextIndex(topics) * columns;
        for (int c = 0; c < columns; c++) {
          sums[c] += rows[row + c];
        }
      }
      for (int c = 0; c < columns; c++) {
        averages[c][r] = sums[c] / topics;
      }
    }
    double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
    int upperLow = (int) (resamples - delta - 1);
    int lowerLow = (int) delta;
    double ratio = resamples - delta - 1 - upperLow;
    for (int c = 0; c < columns; c++) {
      double[] sorted = averages[c];
      Arrays.sort(sorted);
      double total = 0;
      for (double v : sorted) {
        total += v;
      }
      double mean = 0;
      for (int t = 0; t < topics; t++) {
        mean += rows[t * columns + c];
      }
      out[c] = new Estimate(
          PerlNumbers.round5(total / resamples),
          PerlNumbers.round5(interpolate(sorted, lowerLow, ratio)),
          PerlNumbers.round5(interpolate(sorted, upperLow, ratio)),
          PerlNumbers.round5(mean / topics));
    }
    return out;
  }

  private static double interpolate(double[] sorted, int low, double ratio) {
    int a = Math.min(Math.max(low, 0), sorted.length - 1);
    int b = Math.min(a + 1, sorted.length - 1);
    return sorted[a] + (sorted[b] - sorted[a]) * ratio;
  }
}
