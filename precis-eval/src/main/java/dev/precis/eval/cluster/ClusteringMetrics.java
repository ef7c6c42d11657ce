package dev.precis.eval.cluster;

import dev.precis.PrecisException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a predicted clustering (for example of news stories) with a gold one. Labels are only
 * compared for equality: cluster "7" in the prediction need not mean class "7" in the gold.
 */
public final class ClusteringMetrics {
  private ClusteringMetrics() {}

  /**
   * Scores two assignments of the same items.
   *
   * @param gold item to gold class
   * @param predicted item to predicted cluster; must hold exactly the items of {@code gold}
   * @throws PrecisException when the item sets differ, are empty or a label is null
   */
  public static <K> ClusteringScores evaluate(Map<K, ?> gold, Map<K, ?> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size() || !gold.keySet().equals(predicted.keySet())) {
      for (K item : gold.keySet()) {
        if (!predicted.containsKey(item)) {
          throw new PrecisException("item '" + item + "' has a gold class but no predicted cluster");
        }
      }
      for (K item : predicted.keySet()) {
        if (!gold.containsKey(item)) {
          throw new PrecisException("item '" + item + "' has a predicted cluster but no gold class");
        }
      }
    }
    List<Object> goldLabels = new ArrayList<>(gold.size());
    List<Object> predictedLabels = new ArrayList<>(gold.size());
    for (Map.Entry<K, ?> e : gold.entrySet()) {
      goldLabels.add(e.getValue());
      predictedLabels.add(predicted.get(e.getKey()));
    }
    return evaluate(goldLabels, predictedLabels);
  }

  /**
   * Scores two parallel label lists: item i has gold class {@code gold.get(i)} and predicted
   * cluster {@code predicted.get(i)}.
   *
   * @throws PrecisException when the lists differ in length, are empty or hold a null label
   */
  public static ClusteringScores evaluate(List<?> gold, List<?> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new PrecisException("gold has " + gold.size() + " items but the prediction has "
          + predicted.size());
    }
    if (gold.isEmpty()) {
      throw new PrecisException("no items to compare clusterings on");
    }
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i) == null || predicted.get(i) == null) {
        throw new PrecisException("item " + i + " has no " + (gold.get(i) == null ? "gold class"
            : "predicted cluster") + " (null label)");
      }
    }
    Contingency t = new Contingency(gold, predicted);
    double precision = bcubed(t, t.clusterSizes, t.cellCluster);
    double recall = bcubed(t, t.classSizes, t.cellClass);
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new ClusteringScores(t.items, precision, recall, f1, adjustedRand(t), nmi(t),
        majorityShare(t, t.clusterSizes.length, t.cellCluster),
        majorityShare(t, t.classSizes.length, t.cellClass));
  }

  /**
   * BCubed summed per cell: the n items of a cell each see n of the |group| items of their group
   * as correct, so the cell adds n * n / |group|.
   */
  private static double bcubed(Contingency t, long[] groupSizes, int[] cellGroup) {
    double sum = 0;
    for (int c = 0; c < t.cells(); c++) {
      double n = t.cellCount[c];
      sum += n * n / groupSizes[cellGroup[c]];
    }
    return sum / t.items;
  }

  private static double adjustedRand(Contingency t) {
    if (t.items < 2) {
      return 1.0; // no pairs to disagree on
    }
    double index = 0;
    for (long n : t.cellCount) {
      index += pairs(n);
    }
    double clusterPairs = 0;
    for (long a : t.clusterSizes) {
      clusterPairs += pairs(a);
    }
    double classPairs = 0;
    for (long b : t.classSizes) {
      classPairs += pairs(b);
    }
    double expected = clusterPairs * classPairs / pairs(t.items);
    double max = (clusterPairs + classPairs) / 2;
    // max == expected only when both sides are one cluster or all singletons, i.e. identical
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double nmi(Contingency t) {
    double n = t.items;
    double mutual = 0;
    for (int c = 0; c < t.cells(); c++) {
      double count = t.cellCount[c];
      double a = t.clusterSizes[t.cellCluster[c]];
      double b = t.classSizes[t.cellClass[c]];
      mutual += count / n * Math.log(n * count / (a * b));
    }
    double hClusters = entropy(t.clusterSizes, n);
    double hClasses = entropy(t.classSizes, n);
    if (hClusters == 0 && hClasses == 0) {
      return 1.0; // both put everything in one group: they agree
    }
    return Math.max(0, mutual) / ((hClusters + hClasses) / 2);
  }

  private static double entropy(long[] sizes, double n) {
    double h = 0;
    for (long size : sizes) {
      double p = size / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  private static double majorityShare(Contingency t, int groups, int[] cellGroup) {
    long[] best = new long[groups];
    for (int c = 0; c < t.cells(); c++) {
      best[cellGroup[c]] = Math.max(best[cellGroup[c]], t.cellCount[c]);
    }
    long sum = 0;
    for (long b : best) {
      sum += b;
    }
    return (double) sum / t.items;
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
