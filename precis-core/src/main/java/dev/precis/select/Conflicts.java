package dev.precis.select;

import java.util.BitSet;

/**
 * Which items of a {@link CoverageSolver} problem may not be chosen together, asked item by item.
 *
 * <p>A summary's candidate sentences conflict when they say the same thing, a test that costs a
 * comparison of two sentences. The solver asks for an item's conflicts only when it takes that
 * item, and a search takes few of the candidates, so {@link #lazy} compares an item with the others
 * on first asking and keeps the answer: the pairs never asked about are never compared. Either way
 * the solver sees the same conflicts, so the solution does not depend on which is used.
 *
 * <pre>{@code
 * Conflicts conflicts = Conflicts.lazy(items.length,
 *     (i, j) -> candidates.sameContent(items[i], items[j]));
 * new CoverageSolver(costs, concepts, weights, bonuses, conflicts, capacity, nodeLimit).solve();
 * }</pre>
 *
 * <p>Not thread-safe: one instance serves one solver on one thread.
 */
public final class Conflicts {

  /** Whether items {@code i < j} conflict; asked at most once per pair, always with i < j. */
  @FunctionalInterface
  public interface Test {
    boolean conflict(int i, int j);
  }

  private final int size;
  private final BitSet[] rows;
  private final Test test;

  private Conflicts(int size, BitSet[] rows, Test test) {
    this.size = size;
    this.rows = rows;
    this.test = test;
  }

  /**
   * Conflicts given in full: {@code rows[i]} holds the items that conflict with item {@code i} (a
   * null row for none). The rows must be symmetric; they are used as they are, not copied.
   */
  public static Conflicts of(BitSet[] rows) {
    return new Conflicts(rows.length, rows, null);
  }

  /** Conflicts among {@code size} items, each pair tested by {@code test} on first asking. */
  public static Conflicts lazy(int size, Test test) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be non-negative, got " + size);
    }
    return new Conflicts(size, new BitSet[size], test);
  }

  /** How many items there are. */
  public int size() {
    return size;
  }

  /** The items that conflict with {@code item}; a view the caller must not change. */
  public BitSet of(int item) {
    BitSet row = rows[item];
    if (row == null) {
      row = new BitSet(size);
      if (test != null) {
        for (int j = 0; j < size; j++) {
          if (j == item) {
            continue;
          }
          // a row already made answers for its pair: each pair is compared once
          boolean conflict = rows[j] != null ? rows[j].get(item)
              : j < item ? test.conflict(j, item) : test.conflict(item, j);
          if (conflict) {
            row.set(j);
          }
        }
      }
      rows[item] = row;
    }
    return row;
  }

  /** Whether items {@code a} and {@code b} conflict. */
  public boolean between(int a, int b) {
    return of(a).get(b);
  }
}
