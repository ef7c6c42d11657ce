package dev.precis.eval.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.FurnitureFeatures;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;
import dev.precis.text.PageSentence;
import dev.precis.text.TextPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureTrainerTest {
  @TempDir Path shared;

  private static final int DIGITS = FurnitureFeatures.NAMES.indexOf("digits");
  private static final int WEB = FurnitureFeatures.NAMES.indexOf("web_words");

  /** Labels drawn from a known model: log-odds = -1 + 3 digits - 2 web_words. */
  private static List<LabelledSentences.Example> invented(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LabelledSentences.Example> examples = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      double[] x = new double[FurnitureFeatures.NAMES.size()];
      x[DIGITS] = random.nextDouble() * 2 - 1;
      x[WEB] = random.nextDouble() * 2 - 1;
      double p = 1 / (1 + Math.exp(-(-1 + 3 * x[DIGITS] - 2 * x[WEB])));
      boolean furniture = random.nextDouble() < p;
      String dataset = r % 3 == 0 ? "duc2003-task2" : r % 3 == 1 ? "multinews" : "tac2011-english";
      examples.add(new LabelledSentences.Example(new FurnitureLabels.Label(dataset,
          "doc" + (r / 10), r % 10, "00000000", furniture, furniture ? "caption" : "news",
          "page"), x, false, true));
    }
    return examples;
  }

  @Test
  void recoversTheWeightsThatMadeTheLabels() {
    FurnitureModel model = FurnitureTrainer.fit(invented(20_000, 7), "invented");
    int digits = model.features().indexOf("digits");
    int web = model.features().indexOf("web_words");
    assertThat(model.intercept()).isCloseTo(-1, within(0.1));
    assertThat(model.weights().get(digits)).isCloseTo(3, within(0.15));
    assertThat(model.weights().get(web)).isCloseTo(-2, within(0.15));
    for (int k = 0; k < model.weights().size(); k++) {
      if (k != digits && k != web) {
        assertThat(model.weights().get(k)).isZero();
      }
    }
    assertThat(model.threshold()).isBetween(0.3, 0.9);
  }

  @Test
  void trainingIsDeterministicToTheByte() {
    List<LabelledSentences.Example> examples = invented(3_000, 3);
    String a = FurnitureTrainer.fit(examples, "m").toJson(new FurnitureTrainer(examples).report()
        .json());
    String b = FurnitureTrainer.fit(invented(3_000, 3), "m").toJson(
        new FurnitureTrainer(invented(3_000, 3)).report().json());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void reportsHeldOutFoldsAndEachDatasetLeftOut() {
    FurnitureTrainer trainer = new FurnitureTrainer(invented(4_000, 5));
    FurnitureTrainer.Report report = trainer.report();
    assertThat(report.leaveOneOut()).containsOnlyKeys("duc2003", "multinews", "tac2011-english");
    assertThat(report.crossValidated().sentences()).isEqualTo(4_000);
    assertThat(report.heldOut().sentences()).isBetween(700, 1_300);
    // the invented labels follow the model, so a fit recovers much of them
    assertThat(report.crossValidated().precision()).isGreaterThan(0.6);
    assertThat(report.text()).contains("| left out: multinews |").contains("caption=");
    // what may not be quoted includes what is dropped
    assertThat(report.crossValidatedNotQuoted().sentences()).isEqualTo(4_000);
    assertThat(report.crossValidatedNotQuoted().truePositives())
        .isGreaterThanOrEqualTo(report.crossValidated().truePositives());
    assertThat(report.text()).contains("| 4-fold by document, not quoted (dropped or p >= 0.5) |");
  }

  @Test
  void notQuotedCountsWhatTheModelKeepsBelowEvenOddsOfStory() {
    double[] x = new double[FurnitureFeatures.NAMES.size()];
    List<Double> zero = new ArrayList<>();
    FurnitureFeatures.NAMES.forEach(n -> zero.add(0.0));
    // intercept 0.2: every sentence has p = 0.55, kept (threshold 0.8) but not quoted
    FurnitureModel doubting = new FurnitureModel(FurnitureFeatures.NAMES, zero, 0.2, 0.8, "doubt");
    List<LabelledSentences.Example> examples = List.of(
        example(x, true, "teaser", true), example(x, true, "caption", false),
        example(x, false, "news", false));
    assertThat(FurnitureTrainer.score(doubting, examples).truePositives()).isEqualTo(1);
    FurnitureTrainer.Scores notQuoted = FurnitureTrainer.scoreNotQuoted(doubting, examples);
    assertThat(notQuoted.truePositives()).isEqualTo(2);
    assertThat(notQuoted.falsePositives()).isEqualTo(1);
    assertThat(notQuoted.recallByKind()).containsEntry("caption", "1/1");
  }

  @Test
  void scoresCountWhatTheFilterWouldDrop() {
    double[] x = new double[FurnitureFeatures.NAMES.size()];
    List<Double> zero = new ArrayList<>();
    FurnitureFeatures.NAMES.forEach(n -> zero.add(0.0));
    // intercept -5: nothing is furniture unless it ends in "..."
    FurnitureModel never = new FurnitureModel(FurnitureFeatures.NAMES, zero, -5, 0.5, "never");
    List<LabelledSentences.Example> examples = List.of(
        example(x, true, "teaser", true), example(x, true, "caption", false),
        example(x, false, "news", false), example(x, false, "news", true));
    FurnitureTrainer.Scores s = FurnitureTrainer.score(never, examples);
    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.recallByKind()).containsEntry("teaser", "1/1").containsEntry("caption", "0/1");
  }

  private static LabelledSentences.Example example(double[] x, boolean furniture, String kind,
      boolean ellipsis) {
    return example(x, furniture, kind, ellipsis, true);
  }

  private static LabelledSentences.Example example(double[] x, boolean furniture, String kind,
      boolean ellipsis, boolean statement) {
    return new LabelledSentences.Example(new FurnitureLabels.Label("multinews", kind, 0,
        "00000000", furniture, kind, "page"), x, ellipsis, statement);
  }

  @Test
  void aLineWithoutAStatementsVerbCountsAsNotQuoted() {
    double[] x = new double[FurnitureFeatures.NAMES.size()];
    List<Double> zero = new ArrayList<>();
    FurnitureFeatures.NAMES.forEach(n -> zero.add(0.0));
    FurnitureModel never = new FurnitureModel(FurnitureFeatures.NAMES, zero, -5, 0.5, "never");
    List<LabelledSentences.Example> examples = List.of(
        example(x, true, "caption", false, false), example(x, true, "web", false, true),
        example(x, false, "news", false, false), example(x, false, "news", false, true));
    assertThat(FurnitureTrainer.scoreNotQuoted(never, examples).truePositives()).isZero();
    FurnitureTrainer.Scores withVerbless =
        FurnitureTrainer.scoreNotQuotedOrVerbless(never, examples);
    assertThat(withVerbless.truePositives()).isEqualTo(1);
    assertThat(withVerbless.falsePositives()).isEqualTo(1);
    assertThat(withVerbless.recallByKind()).containsEntry("caption", "1/1")
        .containsEntry("web", "0/1");
    assertThat(FurnitureTrainer.scoreVerbless(examples).precision()).isEqualTo(0.5);
  }

  @Test
  void readsLabelledSentencesFromSharedByIndexAndHash() throws IOException {
    String text = "Crews walked out on Friday over a new rota.\n"
        + "(AP Photo/Marta Kessel)\n"
        + "Striking crews outside the ferry terminal in Dover.\n"
        + "The company cancelled all crossings.";
    Path file = shared.resolve("data/multinews/sample100.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"id\": \"c1\", \"documents\": [{\"id\": \"d1\", \"text\": \""
        + text.replace("\n", "\\n")
        + "\"}], \"references\": [{\"id\": \"A\", \"text\": \"x\"}]}\n");
    List<PageSentence> page = new TextPipeline(Language.ENGLISH, false, false)
        .pageSentences(Article.of("d1", text));
    String credit = LabelledSentences.sha1(page.get(1).text());
    String labels = "dataset\tdocument\tsentence\tsha1\tfurniture\tkind\tsample\n"
        + "multinews\td1\t0\t" + LabelledSentences.sha1(page.get(0).text()) + "\t0\tnews\tpage\n"
        // the index moved: found again by its hash
        + "multinews\td1\t5\t" + credit + "\t1\tcaption\tpage\n"
        + "multinews\td1\t2\tffffffff\t0\tnews\tpage\n"
        + "multinews\td9\t0\tffffffff\t0\tnews\tpage\n";
    List<FurnitureLabels.Label> parsed = FurnitureLabels.parse(
        new ByteArrayInputStream(labels.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    List<String> notes = new ArrayList<>();
    List<LabelledSentences.Example> examples = LabelledSentences.read(shared, parsed, notes::add);
    assertThat(examples).hasSize(2);
    assertThat(examples.get(1).label().kind()).isEqualTo("caption");
    assertThat(examples.get(1).features()).containsExactly(FurnitureFeatures.of(page)[1]);
    assertThat(examples.get(0).statement()).isTrue();
    assertThat(examples.get(1).statement()).as("a caption without a verb").isFalse();
    assertThat(notes).containsExactly(
        "label multinews/d1/2: the sentence is no longer in the document; skipped",
        "label multinews/d9: no such document; skipped");
  }

  @Test
  void badLabelsAndAMissingDatasetGetOneClearMessage() {
    assertThatThrownBy(() -> FurnitureLabels.parse(new ByteArrayInputStream(
        "header\nmultinews\td1\tx\tabc\t1\tcaption\tpage\n".getBytes(StandardCharsets.UTF_8)),
        "bad.tsv")).isInstanceOf(PrecisException.class)
        .hasMessage("bad.tsv:2: sentence index 'x' is not a number");
    assertThatThrownBy(() -> FurnitureLabels.parse(new ByteArrayInputStream(
        "header\nmultinews\td1\t1\n".getBytes(StandardCharsets.UTF_8)), "bad.tsv"))
        .isInstanceOf(PrecisException.class).hasMessageStartingWith("bad.tsv:2: expected");
    List<FurnitureLabels.Label> one = List.of(new FurnitureLabels.Label("multinews", "d1", 0,
        "00000000", false, "news", "page"));
    assertThatThrownBy(() -> LabelledSentences.read(shared, one, s -> { }))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("no data/multinews/sample100.jsonl");
  }

  @Test
  void theShippedLabelsParseAndCoverSeveralDatasets() {
    List<FurnitureLabels.Label> labels = FurnitureLabels.shipped();
    assertThat(labels.size()).isGreaterThanOrEqualTo(400);
    assertThat(labels).extracting(FurnitureLabels.Label::dataset)
        .contains("multinews", "tac2011-english", "duc2003-task2", "duc2003-task4");
    assertThat(labels).filteredOn(FurnitureLabels.Label::furniture).isNotEmpty();
  }
}
