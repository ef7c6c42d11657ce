package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KL-Sum and SumBasic, checked against their definitions computed the slow, obvious way. */
class WordDistributionSummarizersTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();

  @Test
  void klSumAddsTheSentenceThatLeavesTheSmallestDivergenceEachTime() {
    double smoothing = 0.1;
    Budget budget = Budget.sentences(3);
    Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
    Selection selection = new KlSumSummarizer(smoothing).select(candidates, budget);
    assertThat(selection.sentences()).hasSize(3);

    Map<String, Double> cluster = distribution(allSentences());
    List<Integer> chosen = new ArrayList<>();
    double before = divergence(cluster, List.of(), smoothing);
    for (int step = 0; step < 3; step++) {
      int pick = selection.sentences().get(step);
      List<Integer> with = new ArrayList<>(chosen);
      with.add(pick);
      double after = divergence(cluster, with, smoothing);
      for (int s : candidates.indices()) {
        if (!chosen.contains(s) && !candidates.redundant(s, chosen)) {
          List<Integer> other = new ArrayList<>(chosen);
          other.add(s);
          assertThat(divergence(cluster, other, smoothing)).as("step %d, sentence %d", step, s)
              .isGreaterThanOrEqualTo(after - 1e-12);
        }
      }
      assertThat(selection.scores().get(step)).as("reduction at step %d", step)
          .isCloseTo(before - after, within(1e-9));
      chosen.add(pick);
      before = after;
    }
  }

  @Test
  void klSumOpensWithAReportOfTheCollapse() {
    Budget one = Budget.sentences(1);
    Selection selection =
        KlSumSummarizer.defaults().select(NewsFixture.candidates(CLUSTER, one), one);
    String text = CLUSTER.sentences().get(selection.sentences().get(0)).text();
    assertThat(NewsFixture.reportsTheCollapse(text)).as(text).isTrue();
  }

  @Test
  void sumBasicStartsWithTheBestSentenceForTheMostFrequentWord() {
    Budget budget = Budget.words(100);
    Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
    Selection selection = SumBasicSummarizer.defaults().select(candidates, budget);

    Map<String, Double> p = distribution(allSentences());
    String top = CLUSTER.sentences().stream().flatMap(s -> s.terms().stream())
        .reduce((a, b) -> p.get(b) > p.get(a) ? b : a).orElseThrow();
    assertThat(top).isEqualTo("dam"); // fixture: the dam is in nine sentences
    @SuppressWarnings("unchecked")
    List<String> leading = (List<String>) selection.details().get("leadingWords");
    assertThat(leading.get(0)).isEqualTo(top);

    int expected = -1;
    double best = -1;
    for (int s : candidates.indices()) {
      List<String> terms = CLUSTER.sentences().get(s).terms();
      double mean = terms.stream().mapToDouble(p::get).average().orElse(0);
      if (terms.contains(top) && mean > best) {
        expected = s;
        best = mean;
      }
    }
    assertThat(selection.sentences().get(0)).isEqualTo(expected);
    assertThat(selection.scores().get(0)).isCloseTo(best, within(1e-12));
  }

  @Test
  void sumBasicSquaringTurnsTheSecondPickAwayFromTheFirstWord() {
    Budget budget = Budget.words(100);
    Selection selection =
        SumBasicSummarizer.defaults().select(NewsFixture.candidates(CLUSTER, budget), budget);
    @SuppressWarnings("unchecked")
    List<String> leading = (List<String>) selection.details().get("leadingWords");
    assertThat(selection.sentences()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(leading).hasSameSizeAs(selection.sentences());
    assertThat(leading.get(1)).isNotEqualTo(leading.get(0));
    // without the update "dam" would lead again, and eight more sentences contain it
    assertThat(CLUSTER.sentences().get(selection.sentences().get(1)).terms())
        .doesNotContain(leading.get(0));
  }

  private static List<Integer> allSentences() {
    return CLUSTER.sentences().stream().map(Sentence::index).toList();
  }

  private static Map<String, Double> distribution(List<Integer> sentences) {
    Map<String, Double> counts = new HashMap<>();
    double total = 0;
    for (int s : sentences) {
      for (String t : CLUSTER.sentences().get(s).terms()) {
        counts.merge(t, 1.0, Double::sum);
        total++;
      }
    }
    double n = total;
    counts.replaceAll((t, c) -> c / n);
    return counts;
  }

  /** KL(P_cluster ‖ P_summary), the summary's counts smoothed by adding δ to every cluster term. */
  private static double divergence(Map<String, Double> cluster, List<Integer> summary,
      double smoothing) {
    Map<String, Double> counts = new HashMap<>();
    double length = 0;
    for (int s : summary) {
      for (String t : CLUSTER.sentences().get(s).terms()) {
        counts.merge(t, 1.0, Double::sum);
        length++;
      }
    }
    double kl = 0;
    for (Map.Entry<String, Double> e : cluster.entrySet()) {
      double q = (counts.getOrDefault(e.getKey(), 0.0) + smoothing)
          / (length + smoothing * cluster.size());
      kl += e.getValue() * Math.log(e.getValue() / q);
    }
    return kl;
  }
}
