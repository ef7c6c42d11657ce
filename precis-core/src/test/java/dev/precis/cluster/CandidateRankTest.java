package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The candidate neighbours an article keeps: the highest scores, ties to the earlier article. */
class CandidateRankTest {
  @Test
  void keepsTheHighestScoresInOrderWithTiesToTheEarlierArticle() {
    double[] score = {0, 0.5, 0.9, 0.5, 0.1, 0.9, 0.3};
    int[] touched = {6, 5, 4, 3, 2, 1};

    assertThat(Partition.best(touched, touched.length, score, 4)).containsExactly(2, 5, 1, 3);
    assertThat(Partition.best(touched, 2, score, 4)).containsExactly(5, 6);
    assertThat(Partition.best(touched, 0, score, 4)).isEmpty();
  }

  @Test
  void agreesWithSortingEverything() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(300);
      double[] score = new double[n];
      for (int j = 0; j < n; j++) {
        // few distinct values, so ties are common
        score[j] = random.nextInt(20) / 4.0;
      }
      int[] touched = IntStream.range(0, n).toArray();
      shuffle(touched, random);
      int count = random.nextInt(n + 1);
      int limit = 1 + random.nextInt(20);

      Integer[] sorted = Arrays.stream(touched, 0, count).boxed().toArray(Integer[]::new);
      Arrays.sort(sorted, Comparator.<Integer>comparingDouble(j -> -score[j])
          .thenComparingInt(j -> j));
      int[] expected = Arrays.stream(sorted).limit(limit).mapToInt(Integer::intValue).toArray();

      assertThat(Partition.best(touched, count, score, limit)).containsExactly(expected);
    }
  }

  private static void shuffle(int[] values, Random random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }
}
