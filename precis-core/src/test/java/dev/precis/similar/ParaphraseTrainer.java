package dev.precis.similar;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains {@link ParaphraseScorer}'s weights on MSRP train and prints them as Java constants, with
 * the threshold of best training accuracy and the scores on train and test. Deterministic:
 * full-batch gradient descent from zero with a fixed step, no sampling; each weight is kept to the
 * sign {@link ParaphraseScorer#SIGNS} gives it.
 *
 * <pre>
 * java -cp precis-core/target/classes:precis-core/target/test-classes:precis-cli/target/precis.jar \
 *     dev.precis.similar.ParaphraseTrainer ../shared/data/msrp
 * </pre>
 */
public final class ParaphraseTrainer {
  private static final int ITERATIONS = 20_000;
  private static final double STEP = 0.5;
  /** A little L2 on the weights (not the bias) keeps correlated overlap features stable. */
  private static final double L2 = 1e-4;

  private ParaphraseTrainer() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/msrp");
    List<ParaphraseScorer.Pair> train = ParaphraseScorer.readMsrp(dir.resolve("msr_paraphrase_train.txt"));
    double[][] x = new double[train.size()][];
    double[] y = new double[train.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = ParaphraseScorer.features(train.get(i).a(), train.get(i).b());
      y[i] = train.get(i).paraphrase() ? 1 : 0;
    }
    int d = x[0].length;
    double[] w = new double[d + 1];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gradient = new double[d + 1];
      for (int i = 0; i < x.length; i++) {
        double error = ParaphraseScorer.probability(x[i], w) - y[i];
        for (int k = 0; k < d; k++) {
          gradient[k] += error * x[i][k];
        }
        gradient[d] += error;
      }
      for (int k = 0; k <= d; k++) {
        double reg = k < d ? L2 * w[k] : 0;
        w[k] -= STEP * (gradient[k] / x.length + reg);
        // projected descent: agreement features may only raise the score and the number clash
        // only lower it, so that a sentence is never scored closer to a rewrite than to itself
        if (k < d) {
          w[k] = ParaphraseScorer.SIGNS[k] > 0 ? Math.max(0, w[k]) : Math.min(0, w[k]);
        }
      }
    }
    // threshold of best training accuracy, among the midpoints of sorted probabilities
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = ParaphraseScorer.probability(x[i], w);
    }
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    double bestThreshold = 0.5;
    int bestCorrect = -1;
    for (int k = 0; k <= sorted.length; k++) {
      double t = k == 0 ? 0 : k == sorted.length ? 1 : (sorted[k - 1] + sorted[k]) / 2;
      int correct = 0;
      for (int i = 0; i < p.length; i++) {
        if ((p[i] >= t) == (y[i] == 1)) {
          correct++;
        }
      }
      if (correct > bestCorrect || (correct == bestCorrect
          && Math.abs(t - 0.5) < Math.abs(bestThreshold - 0.5))) {
        bestCorrect = correct;
        bestThreshold = t;
      }
    }
    StringBuilder b = new StringBuilder("  static final double[] WEIGHTS = {\n   ");
    for (double v : w) {
      b.append(String.format(Locale.ROOT, " %.6f,", v));
    }
    b.append("\n  };\n");
    b.append(String.format(Locale.ROOT, "  static final double THRESHOLD = %.4f;%n", bestThreshold));
    System.out.print(b);
    ParaphraseScorer scorer = new ParaphraseScorer(w, Double.parseDouble(
        String.format(Locale.ROOT, "%.4f", bestThreshold)));
    for (String split : new String[] {"train", "test"}) {
      ParaphraseScorer.Evaluation e = scorer.evaluate(dir.resolve("msr_paraphrase_" + split + ".txt"));
      System.out.printf(Locale.ROOT, "%s: pairs %d, accuracy %.4f, precision %.4f, recall %.4f, F1 %.4f%n",
          split, e.pairs(), e.accuracy(), e.precision(), e.recall(), e.f1());
    }
  }
}
