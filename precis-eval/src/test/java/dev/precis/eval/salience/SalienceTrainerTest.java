package dev.precis.eval.salience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.PrecisException;
import dev.precis.eval.data.Topic;
import dev.precis.salience.SalienceFeatures;
import dev.precis.salience.SalienceModel;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SalienceTrainerTest {
  /** An invented flood story, with a human summary that retells the main report's lead. */
  static final Topic FLOOD = new Topic("flood", null, null, List.of(
      Article.of("main", """
          The river Ostra burst its banks at Kelm on Friday night, flooding 600 homes and forcing 2,000 people to leave the town.
          Firefighters used boats to reach families trapped on upper floors, the mayor said on Saturday.
          The water rose two metres in three hours after a week of heavy rain in the hills above Kelm.
          A school and the town hall were opened as shelters for people who had left their homes.
          Photographs of the flooded market square were shared widely on social media.
          """),
      Article.of("second", """
          Some 2,000 people left Kelm after the river Ostra burst its banks and flooded 600 homes on Friday night.
          Firefighters in boats rescued families from upper floors through the night.
          Forecasters expect more rain in the hills on Monday.
          """)),
      List.of(new Topic.Reference("A", """
          The river Ostra burst its banks at Kelm on Friday night, flooding 600 homes.
          About 2,000 people left the town and firefighters rescued families in boats.
          """)));

  private static List<SentenceLabels.Example> label(Topic topic) {
    SentenceLabels labels = new SentenceLabels("fixture", topic);
    new SummaryPipeline(SummaryOptions.defaults().withBudget(Budget.words(100)), labels)
        .summarize(topic.documents());
    return labels.examples();
  }

  @Test
  void labelsEachCandidateByItsShareOfTheReferencesBigrams() {
    List<SentenceLabels.Example> examples = label(FLOOD);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    int first = SalienceFeatures.NAMES.indexOf("first_sentence");
    int words = SalienceFeatures.NAMES.indexOf("words");
    // the main report's lead is retold almost word for word: the best label of the cluster
    SentenceLabels.Example lead = examples.get(0);
    assertThat(lead.features()[first]).isEqualTo(1);
    assertThat(lead.label()).isEqualTo(1.0);
    for (SentenceLabels.Example e : examples) {
      assertThat(e.label()).isBetween(0.0, 1.0);
      assertThat(e.features()[words]).isPositive();
      assertThat(e.set()).isEqualTo("fixture");
      assertThat(e.topic()).isEqualTo("flood");
    }
    // the sentence about photographs shares no bigram with the summary
    assertThat(examples.stream().filter(e -> e.label() == 0).count()).isPositive();
  }

  @Test
  void trainingIsDeterministicToTheByte() {
    List<SentenceLabels.Example> examples = label(FLOOD);
    SalienceModel a = SalienceTrainer.fit(examples, "fixture");
    SalienceModel b = SalienceTrainer.fit(label(FLOOD), "fixture");
    assertThat(a.toJson(null)).isEqualTo(b.toJson(null));
    assertThat(a).isEqualTo(b);
    // fit on its own cluster, the model puts the lead above the photographs sentence
    double leadScore = a.score(examples.get(0).features());
    SentenceLabels.Example zero = examples.stream().filter(e -> e.label() == 0).findFirst()
        .orElseThrow();
    assertThat(leadScore).isGreaterThan(a.score(zero.features()));
  }

  @Test
  void recoversALinearRuleFromInventedExamples() {
    // label = 0.2 + 0.5 * early_position - 0.1 * quote, plus nothing else
    int early = SalienceFeatures.NAMES.indexOf("early_position");
    int quote = SalienceFeatures.NAMES.indexOf("quote");
    SplittableRandom random = new SplittableRandom(11);
    List<SentenceLabels.Example> examples = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      double[] x = new double[SalienceFeatures.NAMES.size()];
      x[early] = 1.0 / (1 + random.nextInt(20));
      x[quote] = random.nextInt(2);
      examples.add(new SentenceLabels.Example("invented", "t" + (i / 50), x,
          0.2 + 0.5 * x[early] - 0.1 * x[quote]));
    }
    SalienceModel model = SalienceTrainer.fit(examples, "invented");
    double[] probe = new double[SalienceFeatures.NAMES.size()];
    probe[early] = 1;
    // the ridge (L2 0.1 on z-normalised features) shrinks each effect by about a tenth
    double withoutQuote = model.score(probe);
    assertThat(withoutQuote).isCloseTo(0.7, within(0.06)).isLessThan(0.7);
    probe[quote] = 1;
    assertThat(withoutQuote - model.score(probe)).isCloseTo(0.1 / (1 + SalienceTrainer.L2),
        within(0.005));
  }

  @Test
  void nothingToTrainOnIsSaid() {
    assertThatThrownBy(() -> SalienceTrainer.fit(List.of(), "x"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("no labelled sentences");
  }
}
