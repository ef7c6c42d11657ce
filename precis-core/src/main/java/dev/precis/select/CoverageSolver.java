package dev.precis.select;

import dev.precis.WorkCancelledException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Exact solver for budgeted weighted concept coverage, the integer program of Gillick and Favre
 * (2009): choose items (sentences) of total cost within a capacity to maximise the summed weight
 * of the concepts they cover (each concept counted once) plus a per-item bonus, never choosing two
 * items that conflict.
 *
 * <p>Depth-first branch and bound. The bound at a node is the node's value plus the fractional
 * knapsack over the remaining items' marginal gains: because coverage is submodular, no completion
 * can gain more than the sum of its items' marginal gains, so the bound never cuts off the optimum.
 * A greedy solution seeds the incumbent. When the node limit is reached the best solution found is
 * returned with {@code optimal == false}.
 *
 * <p>{@link #solve(int...)} fixes some items in the solution first (a rule that a summary must
 * quote them): the search then optimises the rest of the capacity around them.
 */
public final class CoverageSolver {

  /** The chosen items (indices into the problem's arrays, ascending) and what they are worth. */
  public record Result(int[] chosen, double value, boolean optimal, long nodes) {}

  private final int[] costs;
  private final int[][] concepts;
  private final double[] conceptWeights;
  private final double[] bonuses;
  private final Conflicts conflicts;
  private final int capacity;
  private final long nodeLimit;

  private final int m;
  private final boolean integral;
  private int[] order;
  private int[] coverCount;
  private boolean[] chosen;
  private int[] conflictCount;
  /**
   * With whole-number weights, each item's marginal gain kept up to date as items are taken and
   * dropped (exact: sums of whole numbers are), instead of summed again at every search node; null
   * otherwise, where summing again keeps the gains free of rounding drift.
   */
  private double[] currentGains;
  /** For each concept, the items that cover it: whose gains a take or drop changes. */
  private int[][] itemsOf;
  private double best;
  private int[] bestChosen;
  private long nodes;
  private boolean aborted;
  // scratch per depth, reused to avoid allocation in the search
  private double[][] gainScratch;
  private int[][] rankScratch;
  private double[][] ratioScratch;

  /**
   * @param costs cost of each item
   * @param concepts distinct concept ids of each item
   * @param conceptWeights weight of each concept id (non-negative)
   * @param bonuses a non-negative value each item adds by itself (e.g. a position prior)
   * @param conflicts which items may not be chosen together (or null for none); asked only about
   *     items the search takes
   * @param capacity the budget
   * @param nodeLimit the most search nodes to visit before returning the incumbent
   */
  public CoverageSolver(int[] costs, int[][] concepts, double[] conceptWeights, double[] bonuses,
      Conflicts conflicts, int capacity, long nodeLimit) {
    this.costs = costs;
    this.concepts = concepts;
    this.conceptWeights = conceptWeights;
    this.bonuses = bonuses;
    this.conflicts = conflicts;
    this.capacity = capacity;
    this.nodeLimit = nodeLimit;
    this.m = costs.length;
    this.integral = allWhole(conceptWeights) && (bonuses == null || allWhole(bonuses));
  }

  /**
   * With whole-number weights every solution's value is whole, so a node can only improve on the
   * incumbent if its bound reaches the incumbent plus one: rounding the bound down prunes the many
   * ties that a news cluster's equal concept weights create, and the optimum stays exact.
   */
  private static boolean allWhole(double[] values) {
    for (double v : values) {
      if (v != Math.rint(v)) {
        return false;
      }
    }
    return true;
  }

  private boolean cannotImprove(double bound) {
    return integral ? Math.floor(bound + 1e-9) <= best + 1e-9 : bound <= best + 1e-9;
  }

  public Result solve() {
    return solve(new int[0]);
  }

  /**
   * The best solution that contains every item of {@code fixed}; its value counts theirs.
   *
   * @param fixed items the solution must contain: distinct, not conflicting with one another,
   *     and of total cost within the capacity
   * @throws IllegalArgumentException when {@code fixed} is not such a set
   */
  public Result solve(int... fixed) {
    coverCount = new int[conceptWeights.length];
    chosen = new boolean[m];
    conflictCount = new int[m];
    if (integral) {
      if (itemsOf == null) {
        itemsOf = itemsOfConcepts();
      }
      currentGains = new double[m];
      for (int i = 0; i < m; i++) {
        currentGains[i] = summedGain(i);
      }
    }
    double fixedValue = 0;
    int remaining = capacity;
    for (int f : fixed) {
      if (f < 0 || f >= m || chosen[f] || conflictCount[f] > 0 || costs[f] > remaining) {
        throw new IllegalArgumentException("fixed items must be distinct, compatible items "
            + "within the capacity: " + Arrays.toString(fixed));
      }
      fixedValue += gain(f);
      take(f);
      remaining -= costs[f];
    }
    // items in order of initial gain per cost: good solutions are found first, pruning more
    double[] initial = new double[m];
    for (int i = 0; i < m; i++) {
      initial[i] = gain(i) / Math.max(1, costs[i]);
    }
    order = sortedBy(initial);
    gainScratch = new double[m + 1][m];
    rankScratch = new int[m + 1][m];
    ratioScratch = new double[m + 1][m];
    seedWithGreedy(fixedValue, remaining);
    search(0, fixedValue, remaining, 0);
    int[] result = bestChosen == null ? new int[0] : bestChosen.clone();
    Arrays.sort(result);
    return new Result(result, best, !aborted, nodes);
  }

  /** From the fixed items (already taken), adds the best gain per cost while it fits. */
  private void seedWithGreedy(double value, int remaining) {
    List<Integer> picked = new ArrayList<>();
    while (true) {
      int bestItem = -1;
      double bestRatio = 0;
      for (int i = 0; i < m; i++) {
        if (!chosen[i] && costs[i] <= remaining && conflictCount[i] == 0) {
          double ratio = gain(i) / Math.max(1, costs[i]);
          if (ratio > bestRatio + 1e-12) {
            bestRatio = ratio;
            bestItem = i;
          }
        }
      }
      if (bestItem < 0) {
        break;
      }
      value += gain(bestItem);
      take(bestItem);
      picked.add(bestItem);
      remaining -= costs[bestItem];
    }
    best = value;
    bestChosen = currentChoice();
    for (int i : picked) {
      drop(i);
    }
  }

  private void search(int from, double value, int remaining, int depth) {
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if ((nodes & 4095) == 0) {
      WorkCancelledException.throwIfInterrupted();
    }
    if (value > best + 1e-9) {
      best = value;
      bestChosen = currentChoice();
    }
    // marginal gains of the items still open at this node, ranked by gain per cost
    double[] gains = gainScratch[depth];
    int[] ranked = rankScratch[depth];
    int open = 0;
    for (int k = from; k < m; k++) {
      int item = order[k];
      gains[k] = (!chosen[item] && costs[item] <= remaining && conflictCount[item] == 0)
          ? gain(item) : 0;
      if (gains[k] > 0) {
        ranked[open++] = k;
      }
    }
    sortByRatio(ranked, open, gains, ratioScratch[depth]);
    for (int k = from; k < m; k++) {
      if (aborted) {
        return;
      }
      if (gains[k] <= 0) {
        continue;
      }
      if (cannotImprove(value + fractionalKnapsack(ranked, open, gains, k, remaining))) {
        return; // items from k on cannot beat the incumbent, and later k have even fewer
      }
      int item = order[k];
      if (costs[item] > remaining || conflictCount[item] > 0) {
        continue;
      }
      double g = gain(item);
      take(item);
      search(k + 1, value + g, remaining - costs[item], depth + 1);
      drop(item);
    }
  }

  /** Upper bound on what items at positions {@code >= from} can add within {@code remaining}. */
  private double fractionalKnapsack(int[] ranked, int open, double[] gains, int from, int remaining) {
    double bound = 0;
    int left = remaining;
    for (int r = 0; r < open && left > 0; r++) {
      int k = ranked[r];
      if (k < from) {
        continue;
      }
      int cost = Math.max(1, costs[order[k]]);
      if (cost <= left) {
        bound += gains[k];
        left -= cost;
      } else {
        bound += gains[k] * left / cost;
        left = 0;
      }
    }
    return bound;
  }

  private void sortByRatio(int[] ranked, int open, double[] gains, double[] ratios) {
    for (int r = 0; r < open; r++) {
      int k = ranked[r];
      ratios[k] = gains[k] / Math.max(1, costs[order[k]]);
    }
    // insertion sort: open is small (at most the candidate count) and mostly presorted; stable,
    // so equal ratios keep the order of the items
    for (int a = 1; a < open; a++) {
      int k = ranked[a];
      double ratio = ratios[k];
      int b = a - 1;
      while (b >= 0 && ratios[ranked[b]] < ratio) {
        ranked[b + 1] = ranked[b];
        b--;
      }
      ranked[b + 1] = k;
    }
  }

  private double gain(int item) {
    return currentGains != null ? currentGains[item] : summedGain(item);
  }

  /** The item's bonus and the weights of its concepts no chosen item covers yet. */
  private double summedGain(int item) {
    double g = bonuses == null ? 0 : bonuses[item];
    for (int c : concepts[item]) {
      if (coverCount[c] == 0) {
        g += conceptWeights[c];
      }
    }
    return g;
  }

  private void take(int item) {
    chosen[item] = true;
    for (int c : concepts[item]) {
      if (coverCount[c]++ == 0 && currentGains != null) {
        for (int j : itemsOf[c]) {
          currentGains[j] -= conceptWeights[c];
        }
      }
    }
    if (conflicts != null) {
      BitSet row = conflicts.of(item);
      for (int j = row.nextSetBit(0); j >= 0; j = row.nextSetBit(j + 1)) {
        conflictCount[j]++;
      }
    }
  }

  private void drop(int item) {
    chosen[item] = false;
    for (int c : concepts[item]) {
      if (--coverCount[c] == 0 && currentGains != null) {
        for (int j : itemsOf[c]) {
          currentGains[j] += conceptWeights[c];
        }
      }
    }
    if (conflicts != null) {
      BitSet row = conflicts.of(item);
      for (int j = row.nextSetBit(0); j >= 0; j = row.nextSetBit(j + 1)) {
        conflictCount[j]--;
      }
    }
  }

  private int[][] itemsOfConcepts() {
    int[] count = new int[conceptWeights.length];
    for (int[] own : concepts) {
      for (int c : own) {
        count[c]++;
      }
    }
    int[][] items = new int[conceptWeights.length][];
    for (int c = 0; c < items.length; c++) {
      items[c] = new int[count[c]];
    }
    int[] filled = new int[conceptWeights.length];
    for (int i = 0; i < m; i++) {
      for (int c : concepts[i]) {
        items[c][filled[c]++] = i;
      }
    }
    return items;
  }

  private int[] currentChoice() {
    int count = 0;
    for (boolean b : chosen) {
      if (b) {
        count++;
      }
    }
    int[] result = new int[count];
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (chosen[i]) {
        result[k++] = i;
      }
    }
    return result;
  }

  private static int[] sortedBy(double[] keys) {
    Integer[] idx = new Integer[keys.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(keys[b], keys[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }
}
