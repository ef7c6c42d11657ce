package dev.precis.summarize;

import java.util.List;

/**
 * The candidates a greedy method may still add to its summary: those that fit what is left of
 * the budget and say nothing the summary already says. A sentence ruled out stays out, since the
 * budget only shrinks and the summary only grows, so each is tested until it fails once, and one
 * taken is out too.
 *
 * <pre>{@code
 * Eligible eligible = new Eligible(candidates);
 * for (int s : candidates.indices()) {
 *   if (eligible.test(s, remaining, chosen)) { ... weigh s ... }
 * }
 * eligible.take(best);
 * }</pre>
 */
final class Eligible {
  private final Candidates candidates;
  private final boolean[] out;

  Eligible(Candidates candidates) {
    this.candidates = candidates;
    this.out = new boolean[candidates.cluster().size()];
  }

  /**
   * Whether sentence {@code s} may be added to {@code chosen} with {@code remaining} of the
   * budget left; a sentence that may not is never tested again.
   */
  boolean test(int s, int remaining, List<Integer> chosen) {
    if (out[s]) {
      return false;
    }
    if (candidates.cost(s) > remaining || candidates.redundant(s, chosen)) {
      out[s] = true;
      return false;
    }
    return true;
  }

  /**
   * Whether {@code s} is neither ruled out nor taken: true also for a sentence never tested, so a
   * caller that wants "eligible now" tests every candidate first.
   */
  boolean stillIn(int s) {
    return !out[s];
  }

  /** Marks {@code s} as added to the summary. */
  void take(int s) {
    out[s] = true;
  }
}
