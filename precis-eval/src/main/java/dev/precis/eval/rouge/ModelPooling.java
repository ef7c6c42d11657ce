package dev.precis.eval.rouge;

/**
 * Combines one metric's hits and counts over the models of a peer: pooled over all models for
 * {@code -f A}, or taken from the single best model for {@code -f B}, where "best" is decided on
 * the same per-model recall 1.5.5 compares (rounded for n-grams, raw for LCS) and a tie keeps the
 * earlier model.
 */
final class ModelPooling {
  private final boolean best;
  private double hits;
  private double modelCount;
  private double peerCount;
  private double bestRecall = -1;

  ModelPooling(RougeOptions.Mode mode) {
    this.best = mode == RougeOptions.Mode.BEST;
  }

  void add(double modelHits, double modelTotal, double peerTotal, double recallForBest) {
    if (!best) {
      hits += modelHits;
      modelCount += modelTotal;
      peerCount += peerTotal;
    } else if (recallForBest > bestRecall) {
      bestRecall = recallForBest;
      hits = modelHits;
      modelCount = modelTotal;
      peerCount = peerTotal;
    }
  }

  RougeScore score(double alpha) {
    double recall = modelCount != 0 ? hits / modelCount : 0;
    double precision = peerCount != 0 ? hits / peerCount : 0;
    return RougeScore.of(recall, precision, alpha);
  }

  /** ROUGE-W: ratios are taken back to the scale of plain LCS with the 1/weight power. */
  RougeScore weightedScore(double alpha, double weight) {
    double recall = modelCount != 0 ? Math.pow(hits / modelCount, 1 / weight) : 0;
    double precision = peerCount != 0 ? Math.pow(hits / peerCount, 1 / weight) : 0;
    return RougeScore.of(recall, precision, alpha);
  }
}
