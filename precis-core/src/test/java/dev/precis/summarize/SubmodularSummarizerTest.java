package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.text.AnalyzedCluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmodularSummarizerTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();

  /**
   * The lazy greedy must choose what the paper's plain budgeted greedy chooses, with F computed
   * from its definition rather than incrementally; budgets and cost exponents vary so that both
   * outcomes of the final comparison with the best single sentence occur.
   */
  @Test
  void matchesThePlainBudgetedGreedyOnF() {
    Set<Boolean> outcomes = new HashSet<>();
    for (double r : new double[] {0.0, 0.3, 1.0}) {
      for (int words = 20; words <= 120; words += 10) {
        Budget budget = Budget.words(words);
        Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
        SubmodularSummarizer method = new SubmodularSummarizer(5.0, 6.0, r, 0.2);
        Selection selection = method.select(candidates, budget);
        Reference reference = new Reference(candidates, 5.0, 6.0);

        List<Integer> greedy = reference.greedy(budget, r);
        int single = reference.bestSingle(budget);
        boolean singleWins = reference.f(List.of(single)) > reference.f(greedy);
        List<Integer> expected = singleWins ? List.of(single) : greedy;

        String label = "r=" + r + ", " + budget;
        assertThat(selection.sentences()).as(label).isEqualTo(reference.toSentences(expected));
        assertThat(selection.details().get("bestSingleSentence")).as(label).isEqualTo(singleWins);
        assertThat((double) selection.details().get("objective")).as(label)
            .isCloseTo(reference.f(expected), within(1e-3));
        outcomes.add(singleWins);
      }
    }
    assertThat(outcomes).as("both outcomes of the final comparison").containsExactlyInAnyOrder(
        true, false);
  }

  @Test
  void partitionSeparatesTwoObviousGroups() {
    float[][] w = {
        {1.0f, 0.8f, 0.7f, 0.0f, 0.1f},
        {0.8f, 1.0f, 0.9f, 0.1f, 0.0f},
        {0.7f, 0.9f, 1.0f, 0.0f, 0.0f},
        {0.0f, 0.1f, 0.0f, 1.0f, 0.6f},
        {0.1f, 0.0f, 0.0f, 0.6f, 1.0f}};
    double[] centrality = new double[5];
    for (int i = 0; i < 5; i++) {
      for (float x : w[i]) {
        centrality[i] += x / 5;
      }
    }
    int[] part = SubmodularSummarizer.partition(w, centrality, 2);
    assertThat(part[0]).isEqualTo(part[1]).isEqualTo(part[2]);
    assertThat(part[3]).isEqualTo(part[4]).isNotEqualTo(part[0]);
    // the most central sentence seeds the first part
    assertThat(part[1]).isZero();
  }

  /** F(S) = L(S) + λ·R(S) written out from the paper, over the candidates. */
  private static final class Reference {
    private final Candidates candidates;
    private final int[] pool;
    private final float[][] w;
    private final double[] cap;
    private final double[] reward;
    private final int[] part;
    private final double lambda;

    Reference(Candidates candidates, double saturation, double lambda) {
      this.candidates = candidates;
      this.lambda = lambda;
      pool = candidates.indices();
      int n = pool.length;
      w = new float[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          w[a][b] = (float) candidates.vectors().cosine(pool[a], pool[b]);
        }
      }
      cap = new double[n];
      reward = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += w[i][k];
        }
        cap[i] = saturation / n * sum;
        reward[i] = sum / n;
      }
      part = SubmodularSummarizer.partition(w, reward, Math.max(1, (int) Math.round(0.2 * n)));
    }

    double f(List<Integer> s) {
      double coverage = 0;
      for (int i = 0; i < pool.length; i++) {
        double c = 0;
        for (int j : s) {
          c += w[i][j];
        }
        coverage += Math.min(c, cap[i]);
      }
      double[] partSum = new double[pool.length];
      for (int j : s) {
        partSum[part[j]] += reward[j];
      }
      double diversity = 0;
      for (double x : partSum) {
        diversity += Math.sqrt(x);
      }
      return coverage + lambda * diversity;
    }

    /** The paper's Algorithm 1: best scaled gain among the unused; keep it if it fits. */
    List<Integer> greedy(Budget budget, double r) {
      List<Integer> chosen = new ArrayList<>();
      List<Integer> unused = new ArrayList<>();
      for (int k = 0; k < pool.length; k++) {
        unused.add(k);
      }
      int remaining = budget.capacity();
      while (!unused.isEmpty()) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        double base = f(chosen);
        for (int k : unused) {
          List<Integer> with = new ArrayList<>(chosen);
          with.add(k);
          double value = (f(with) - base) / Math.pow(candidates.cost(pool[k]), r);
          if (value > bestValue + 1e-9) {
            best = k;
            bestValue = value;
          }
        }
        if (candidates.cost(pool[best]) <= remaining
            && !candidates.redundant(pool[best], toSentences(chosen))) {
          chosen.add(best);
          remaining -= candidates.cost(pool[best]);
        }
        unused.remove(Integer.valueOf(best));
      }
      return chosen;
    }

    int bestSingle(Budget budget) {
      int best = -1;
      for (int k = 0; k < pool.length; k++) {
        if (candidates.cost(pool[k]) <= budget.capacity()
            && (best < 0 || f(List.of(k)) > f(List.of(best)) + 1e-9)) {
          best = k;
        }
      }
      return best;
    }

    List<Integer> toSentences(List<Integer> positions) {
      return positions.stream().map(k -> pool[k]).toList();
    }
  }
}
