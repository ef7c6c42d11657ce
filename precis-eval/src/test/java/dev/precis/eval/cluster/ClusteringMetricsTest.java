package dev.precis.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.PrecisException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {
  private static final double EPS = 1e-12;

  /**
   * Manning, Raghavan and Schütze, Introduction to IR, figure 16.4: clusters {5x 1o}, {1x 4o 1d},
   * {2x 3d}. Purity 12/17 and NMI 0.36 are the book's; the rest worked out by hand:
   * BCubed P = ((25+1)/6 + (1+16+1)/6 + (4+9)/5) / 17, R = ((25+1+4)/8 + (1+16)/5 + (1+9)/4) / 17,
   * ARI = (20 - 40*44/136) / (42 - 40*44/136).
   */
  @Test
  void textbookExample() {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    add(gold, predicted, "c1", "x", 5);
    add(gold, predicted, "c1", "o", 1);
    add(gold, predicted, "c2", "x", 1);
    add(gold, predicted, "c2", "o", 4);
    add(gold, predicted, "c2", "d", 1);
    add(gold, predicted, "c3", "x", 2);
    add(gold, predicted, "c3", "d", 3);
    ClusteringScores s = ClusteringMetrics.evaluate(gold, predicted);
    assertThat(s.items()).isEqualTo(17);
    assertThat(s.purity()).isCloseTo(12.0 / 17, within(EPS));
    assertThat(s.inversePurity()).isCloseTo(12.0 / 17, within(EPS));
    assertThat(s.nmi()).isCloseTo(0.36456177185718985, within(1e-12));
    double p = (26.0 / 6 + 18.0 / 6 + 13.0 / 5) / 17;
    double r = (30.0 / 8 + 17.0 / 5 + 10.0 / 4) / 17;
    assertThat(s.bcubedPrecision()).isCloseTo(p, within(EPS));
    assertThat(s.bcubedRecall()).isCloseTo(r, within(EPS));
    assertThat(s.bcubedF1()).isCloseTo(2 * p * r / (p + r), within(EPS));
    double expected = 40.0 * 44 / 136;
    assertThat(s.adjustedRand()).isCloseTo((20 - expected) / (42 - expected), within(EPS));
  }

  @Test
  void identicalClusteringsScoreOneWhateverTheLabels() {
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
    Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "z");
    ClusteringScores s = ClusteringMetrics.evaluate(gold, predicted);
    assertThat(List.of(s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.adjustedRand(),
        s.purity(), s.inversePurity())).containsOnly(1.0);
    assertThat(s.nmi()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void oneBigClusterHasFullRecallAndPoorPrecision() {
    // gold {a b} {c d}; predicted all in one: precision (4 + 4) / 4 / 4 = 0.5, ARI 0
    ClusteringScores s = ClusteringMetrics.evaluate(List.of(1, 1, 2, 2), List.of(0, 0, 0, 0));
    assertThat(s.bcubedPrecision()).isEqualTo(0.5);
    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.purity()).isEqualTo(0.5);
    assertThat(s.inversePurity()).isEqualTo(1.0);
    assertThat(s.adjustedRand()).isCloseTo(0.0, within(EPS));
    assertThat(s.nmi()).isCloseTo(0.0, within(EPS));
  }

  @Test
  void singletonsHaveFullPrecision() {
    // gold {a b} {c d}; predicted all apart: recall (1/2 * 4) / 4 = 0.5; ARI (0 - 0) / (1 - 0) = 0
    ClusteringScores s = ClusteringMetrics.evaluate(List.of(1, 1, 2, 2), List.of(1, 2, 3, 4));
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isEqualTo(0.5);
    assertThat(s.bcubedF1()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.adjustedRand()).isCloseTo(0.0, within(EPS));
    // I = H(gold) = ln 2, H(pred) = ln 4: NMI = ln 2 / ((ln 2 + ln 4) / 2) = 2/3
    assertThat(s.nmi()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void worseThanChanceGivesNegativeAdjustedRand() {
    // gold {a b} {c d}, predicted {a c} {b d}: index 0, expected 2*2/6, max 2: ARI = -0.5
    ClusteringScores s = ClusteringMetrics.evaluate(List.of(1, 1, 2, 2), List.of(1, 2, 1, 2));
    assertThat(s.adjustedRand()).isCloseTo(-0.5, within(EPS));
  }

  @Test
  void singleItemAgreesWithItself() {
    ClusteringScores s = ClusteringMetrics.evaluate(List.of("g"), List.of("p"));
    assertThat(s.adjustedRand()).isEqualTo(1.0);
    assertThat(s.nmi()).isEqualTo(1.0);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void mismatchedItemsAreRejected() {
    Map<String, String> gold = new LinkedHashMap<>(Map.of("a", "1", "b", "1"));
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(gold, Map.of("a", "x")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'b'");
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(gold, Map.of("a", "x", "b", "x", "c", "y")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'c'");
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(List.of(1), List.of(1, 2)))
        .isInstanceOf(PrecisException.class).hasMessageContaining("1 items");
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(List.of(), List.of()))
        .isInstanceOf(PrecisException.class);
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(java.util.Arrays.asList("a", null),
        List.of("x", "y"))).isInstanceOf(PrecisException.class).hasMessageContaining("item 1");
  }

  private static void add(List<String> gold, List<String> predicted, String cluster,
      String label, int times) {
    for (int i = 0; i < times; i++) {
      gold.add(label);
      predicted.add(cluster);
    }
  }
}
