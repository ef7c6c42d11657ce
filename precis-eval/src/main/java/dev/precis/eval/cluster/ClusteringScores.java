package dev.precis.eval.cluster;

/**
 * How well a predicted clustering matches the gold one. All values are in [0, 1] except the
 * adjusted Rand index, which is 0 for chance agreement and may go below 0.
 *
 * @param items number of items compared
 * @param bcubedPrecision mean over items of the share of its predicted cluster that is in its gold
 *     class (Bagga and Baldwin 1998; Amigó et al. 2009)
 * @param bcubedRecall mean over items of the share of its gold class that is in its predicted
 *     cluster
 * @param bcubedF1 harmonic mean of the two
 * @param adjustedRand Hubert and Arabie's adjusted Rand index
 * @param nmi mutual information over the arithmetic mean of the two entropies (as scikit-learn's
 *     default)
 * @param purity share of items in the majority gold class of their predicted cluster
 * @param inversePurity share of items in the majority predicted cluster of their gold class
 */
public record ClusteringScores(int items, double bcubedPrecision, double bcubedRecall,
    double bcubedF1, double adjustedRand, double nmi, double purity, double inversePurity) {

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "items %d  BCubed P %.4f R %.4f F1 %.4f  ARI %.4f  NMI %.4f  purity %.4f  inverse purity %.4f",
        items, bcubedPrecision, bcubedRecall, bcubedF1, adjustedRand, nmi, purity, inversePurity);
  }
}
