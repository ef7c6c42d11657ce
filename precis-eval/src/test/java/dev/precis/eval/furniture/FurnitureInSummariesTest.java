package dev.precis.eval.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.eval.data.Topic;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.text.PageSentence;
import dev.precis.text.TextPipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureInSummariesTest {
  private static final Article REPORT = Article.of("strike-1", String.join("\n\n",
      "Dock workers at the port of Westmarch walked out on Monday over pay and hours.",
      "Hide Caption 3 of 12 Photos: Dock workers picket the gates of the port of Westmarch on "
          + "Monday.",
      "The union said the strike would last until the port authority made a new offer.",
      "The port authority said it would meet the union on Wednesday to discuss pay."));
  private static final Article PROMO = Article.of("strike-2", String.join("\n\n",
      "The strike at the port of Westmarch entered its second day as ships waited offshore.",
      "The Westmarch Harbour Festival returns for another year to raise money for the lifeboat."));
  private static final Topic STRIKE =
      new Topic("strike", "english", null, List.of(REPORT, PROMO), List.of());

  /** A label of sentence {@code index} of {@code article}'s page, named as the shipped ones are. */
  private static FurnitureLabels.Label label(Article article, int index, String kind) {
    List<PageSentence> page = TextPipeline.english().pageSentences(article);
    return new FurnitureLabels.Label("fixture", article.id(), index,
        LabelledSentences.sha1(page.get(index).text()), !kind.equals("news"), kind, "page");
  }

  @Test
  void countsTheLabelledSentencesASummaryQuotesByKind() {
    List<FurnitureLabels.Label> labels = List.of(label(REPORT, 0, "news"),
        label(REPORT, 1, "caption"), label(PROMO, 1, "teaser"), label(PROMO, 0, "news"));
    SummaryOptions everything = SummaryOptions.defaults().withBudget(Budget.words(500))
        .withLanguage(Language.ENGLISH);
    FurnitureInSummaries.Tally tally =
        FurnitureInSummaries.tally("fixture", List.of(STRIKE), labels, everything);

    assertThat(tally.summaries()).isEqualTo(1);
    assertThat(tally.sentences()).isGreaterThanOrEqualTo(3);
    // the gallery's caption is not quoted (the furniture stage doubts it); the promotion reads as
    // a statement about the town and is quoted, which is what the count is there to show
    assertThat(tally.labelled()).extracting(q -> q.label().kind())
        .contains("news", "teaser").doesNotContain("caption");
    assertThat(tally.furniture()).isEqualTo(1);
    assertThat(tally.ofKind("teaser")).isEqualTo(1);
    assertThat(tally.ofKind("caption")).isZero();
    assertThat(tally.labelled()).filteredOn(q -> q.label().kind().equals("teaser"))
        .extracting(FurnitureInSummaries.Quoted::text).containsExactly(
            "The Westmarch Harbour Festival returns for another year to raise money for the "
                + "lifeboat.");
  }

  @Test
  void aLabelIsFoundByItsHashWhenTheSplitterHasMovedItAndNotAtAllWhenItIsGone() {
    FurnitureLabels.Label moved = new FurnitureLabels.Label("fixture", "strike-2", 0,
        label(PROMO, 1, "teaser").sha1(), true, "teaser", "page");
    FurnitureLabels.Label gone = new FurnitureLabels.Label("fixture", "strike-2", 1, "00000000",
        true, "teaser", "page");
    SummaryOptions everything = SummaryOptions.defaults().withBudget(Budget.words(500))
        .withLanguage(Language.ENGLISH);

    assertThat(FurnitureInSummaries.tally("fixture", List.of(STRIKE), List.of(moved), everything)
        .ofKind("teaser")).isEqualTo(1);
    assertThat(FurnitureInSummaries.tally("fixture", List.of(STRIKE), List.of(gone), everything)
        .labelled()).isEmpty();
    assertThat(FurnitureInSummaries.tally("other", List.of(STRIKE), List.of(moved), everything)
        .labelled()).as("labels of another set").isEmpty();
  }

  @Test
  void heldOutSummarizesEveryClusterOnceAcrossTheFolds(@TempDir Path shared)
      throws IOException {
    Map<String, String> files = Map.of("duc2003-task2", "duc2003/task2.jsonl",
        "duc2003-task4", "duc2003/task4.jsonl", "multinews", "multinews/sample100.jsonl",
        "tac2011-english", "tac2011-multiling/english.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<FurnitureLabels.Label> labels = new ArrayList<>();
    String[] ports = {"Westmarch", "Eastfield", "Northby", "Southport"};
    for (var set : files.entrySet()) {
      StringBuilder lines = new StringBuilder();
      for (String port : ports) {
        Article story = Article.of(port + "-1", String.join("\n\n",
            "Dock workers at the port of " + port + " walked out on Monday over pay and hours.",
            "Hide Caption 3 of 12 Photos: Dock workers picket the gates of the port of " + port
                + " on Monday.",
            "The union said the strike at " + port + " would last until a new offer was made."));
        Article again = Article.of(port + "-2", String.join("\n\n",
            "The strike at the port of " + port + " entered its second day on Tuesday.",
            "The " + port + " Harbour Festival returns for another year to raise money for the "
                + "lifeboat."));
        ObjectNode topic = json.createObjectNode().put("id", port);
        ArrayNode documents = topic.putArray("documents");
        for (Article a : List.of(story, again)) {
          documents.addObject().put("id", a.id()).put("text", a.text());
        }
        topic.putArray("references").addObject().put("id", "A")
            .put("text", "Dock workers at " + port + " went on strike over pay.");
        lines.append(json.writeValueAsString(topic)).append('\n');
        for (FurnitureLabels.Label l : List.of(label(story, 0, "news"),
            label(story, 1, "caption"), label(again, 0, "news"), label(again, 1, "teaser"))) {
          labels.add(new FurnitureLabels.Label(set.getKey(), l.document(), l.sentence(), l.sha1(),
              l.furniture(), l.kind(), l.sample()));
        }
      }
      Path file = shared.resolve("data").resolve(set.getValue());
      Files.createDirectories(file.getParent());
      Files.writeString(file, lines);
    }

    String report = FurnitureInSummaries.heldOut(shared, labels, List.of("learned", "lead"),
        SummaryOptions.defaults(), 4, message -> { });

    assertThat(report).contains("| multinews | 250 | learned | 4 |",
        "| multinews | 250 | lead | 4 |", "| duc2003-task2 | 100 | learned | 4 |",
        "| tac2011-english | 250 | lead | 4 |");
    assertThat(report).contains("Labelled furniture that learned's summaries quote");
  }
}
