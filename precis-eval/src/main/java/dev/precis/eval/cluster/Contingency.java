package dev.precis.eval.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many items each predicted cluster shares with each gold class. Every metric here is a
 * function of this table, so it is built once; only non-empty cells are stored.
 */
final class Contingency {
  final int items;
  /** Sizes of the predicted clusters. */
  final long[] clusterSizes;
  /** Sizes of the gold classes. */
  final long[] classSizes;
  /** Non-empty cells: cluster index, class index and count, in parallel arrays. */
  final int[] cellCluster;
  final int[] cellClass;
  final long[] cellCount;

  Contingency(List<?> gold, List<?> predicted) {
    this.items = gold.size();
    Map<Object, Integer> classIds = new HashMap<>();
    Map<Object, Integer> clusterIds = new HashMap<>();
    Map<Long, Integer> cellIds = new HashMap<>();
    int[] classOf = new int[items];
    int[] clusterOf = new int[items];
    for (int i = 0; i < items; i++) {
      classOf[i] = classIds.computeIfAbsent(gold.get(i), k -> classIds.size());
      clusterOf[i] = clusterIds.computeIfAbsent(predicted.get(i), k -> clusterIds.size());
    }
    clusterSizes = new long[clusterIds.size()];
    classSizes = new long[classIds.size()];
    long[] counts = new long[items];
    int[] rows = new int[items];
    int[] cols = new int[items];
    for (int i = 0; i < items; i++) {
      clusterSizes[clusterOf[i]]++;
      classSizes[classOf[i]]++;
      long key = ((long) clusterOf[i] << 32) | classOf[i];
      Integer cell = cellIds.get(key);
      if (cell == null) {
        cell = cellIds.size();
        cellIds.put(key, cell);
        rows[cell] = clusterOf[i];
        cols[cell] = classOf[i];
      }
      counts[cell]++;
    }
    int cells = cellIds.size();
    cellCluster = java.util.Arrays.copyOf(rows, cells);
    cellClass = java.util.Arrays.copyOf(cols, cells);
    cellCount = java.util.Arrays.copyOf(counts, cells);
  }

  int cells() {
    return cellCount.length;
  }
}
