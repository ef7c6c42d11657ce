package dev.precis.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.cluster.SameStoryModel;
import dev.precis.eval.stream.LabeledStream;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trainer on invented streams: three datasets of two or three small stories each. */
class StoryModelTrainerTest {
  private static LabeledStream stream(String name, String... stories) {
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    for (String story : stories) {
      String[] parts = story.split("\\|");
      for (int k = 1; k < parts.length; k++) {
        String id = name + "-" + parts[0] + "-" + k;
        articles.add(Article.of(id, parts[k]));
        gold.put(id, parts[0]);
      }
    }
    return new LabeledStream(name, articles, gold, List.of());
  }

  private static List<StoryModelTrainer.StreamGroup> groups() {
    return List.of(
        new StoryModelTrainer.StreamGroup("floods", List.of(stream("floods",
            "kessel|The Kessel River flooded Ashby in Marlow County, and boats rescued families."
                + "|Ashby residents fled as the Kessel River kept rising in Marlow County."
                + "|Marlow County shelters filled after the Kessel River flood hit Ashby.",
            "chess|Ilona Varga won the Keswick chess championship with a final-round draw."
                + "|Varga beat Tomas Reyes in Keswick to lead the chess championship.",
            "bakery|A Corran bakery won the national bread prize for its rye loaf."
                + "|The rye loaf of a family bakery in Corran took the national bread prize."))),
        new StoryModelTrainer.StreamGroup("ports", List.of(stream("ports",
            "strike|Dockworkers at Port Carrow walked out over automation of Terminal 3."
                + "|The Port Carrow strike left 31 ships waiting as dockworkers stayed out."
                + "|Talks to end the Port Carrow dockworkers' strike over automation failed.",
            "rail|The Velmora rail line reopened after repairs to the Brennan viaduct."
                + "|Trains ran again on the Velmora line once the Brennan viaduct was mended."))),
        new StoryModelTrainer.StreamGroup("storms", List.of(stream("storms",
            "gale|Gales tore roofs from houses in Pellham and shut the coast road."
                + "|The coast road at Pellham stayed shut after gales damaged roofs.",
            "vote|Tram fares in Alderbrook rose after the council vote on Tuesday."
                + "|Alderbrook's council voted to raise tram fares from next month."))));
  }

  @Test
  void leavesEachDatasetOutAndTrainsTheSameModelEveryTime() {
    StoryModelTrainer trainer = new StoryModelTrainer(groups(), StoryModelTrainer.FEATURES,
        null, null);
    TrainingReport report = trainer.leaveOneOut();
    assertThat(report.rows()).extracting(TrainingReport.Row::group)
        .containsExactly("floods", "ports", "storms");
    for (TrainingReport.Row r : report.rows()) {
      assertThat(r.learned().bcubedF1()).as(r.stream()).isBetween(0.0, 1.0);
      assertThat(r.link()).isZero();
    }
    assertThat(report.text()).contains("mean over groups");
    SameStoryModel model = trainer.train(groups());
    SameStoryModel again = new StoryModelTrainer(groups(), StoryModelTrainer.FEATURES, null, null)
        .train(groups());
    assertThat(again.toJson()).isEqualTo(model.toJson());
    assertThat(model.weights().keySet()).containsExactlyElementsOf(StoryModelTrainer.FEATURES);
    assertThat(model.provenance().get("streams").size()).isEqualTo(3);
    // the words two reports of one story share weigh for one story
    assertThat(model.weights().get("terms")).isPositive();
  }

  @Test
  void refusesWhatItCannotTrainOn() {
    assertThatThrownBy(() -> new StoryModelTrainer(groups().subList(0, 1),
        StoryModelTrainer.FEATURES, null, null)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("at least two groups");
    assertThatThrownBy(() -> new StoryModelTrainer(groups(), List.of("colour"), null, null))
        .isInstanceOf(PrecisException.class).hasMessageContaining("unknown pair feature");
    assertThatThrownBy(() -> new StoryModelTrainer(groups(), List.of("terms", "embedding"), null,
        null)).isInstanceOf(PrecisException.class).hasMessageContaining("sentence-embedding");
  }
}
