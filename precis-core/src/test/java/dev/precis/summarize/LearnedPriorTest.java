package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.salience.SalienceModel;
import dev.precis.text.AnalyzedCluster;
import org.junit.jupiter.api.Test;

class LearnedPriorTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();
  private static final Budget BUDGET = Budget.words(60);

  private static Selection select(Summarizer method) {
    return method.select(NewsFixture.candidates(CLUSTER, BUDGET), BUDGET);
  }

  @Test
  void thePriorAppliesBelowTheArticleCountAndIsIlpAtOrAboveIt() {
    Selection ilp = select(Summarizers.create("ilp"));
    // four articles: a rule of "fewer than 4" leaves the prior out, and learned is ilp
    Selection off = select(Summarizers.learned(SalienceModel.standard(), 3.0, 4));
    assertThat(off.details().get("prior")).isEqualTo(false);
    assertThat(off.sentences()).isEqualTo(ilp.sentences());
    assertThat(off.details().get("objective")).isEqualTo(ilp.details().get("objective"));

    Selection on = select(Summarizers.learned(SalienceModel.standard(), 3.0, 5));
    assertThat(on.details().get("prior")).isEqualTo(true);
    // the prior only raises concept weights, so the optimum covers more weight than ilp's
    assertThat((Double) on.details().get("objective"))
        .isGreaterThan((Double) ilp.details().get("objective"));
    assertThat(on.sentences()).anySatisfy(
        s -> assertThat(NewsFixture.reportsTheCollapse(CLUSTER.sentences().get(s).text())).isTrue());
    assertThat(select(Summarizers.learned(SalienceModel.standard(), 3.0, 5)).sentences())
        .isEqualTo(on.sentences());
  }

  @Test
  void theDefaultIsLearnedWhichIsIlpOnAStoryOfFourArticles() {
    Summarizer standard = Summarizers.create(null);
    assertThat(standard.name()).isEqualTo("learned");
    assertThat(standard.parameters()).containsEntry("priorBelowArticles", 4)
        .containsEntry("smallStoryArticles", "2-3");
    Selection ilp = select(Summarizers.create("ilp"));
    Selection learned = select(standard);
    assertThat(learned.details().get("prior")).isEqualTo(false);
    assertThat(learned.sentences()).isEqualTo(ilp.sentences());
  }
}
