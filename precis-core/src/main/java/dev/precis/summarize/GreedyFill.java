package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fill step shared by every method that ranks sentences once: best score first, skipping what
 * does not fit the remaining budget or repeats a chosen sentence, until nothing more fits.
 */
final class GreedyFill {
  private GreedyFill() {}

  /**
   * @param scores a score per cluster sentence (only candidates' entries are read)
   */
  static Selection byScore(Candidates candidates, Budget budget, double[] scores) {
    Integer[] order = Arrays.stream(candidates.indices()).boxed().toArray(Integer[]::new);
    // ties go to the earlier sentence, so the result never depends on sort stability
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Integer> chosen = new ArrayList<>();
    List<Double> chosenScores = new ArrayList<>();
    int remaining = budget.capacity();
    for (int s : order) {
      int cost = candidates.cost(s);
      if (cost <= remaining && !candidates.redundant(s, chosen)) {
        chosen.add(s);
        chosenScores.add(scores[s]);
        remaining -= cost;
      }
    }
    return Selection.of(chosen, chosenScores);
  }
}
