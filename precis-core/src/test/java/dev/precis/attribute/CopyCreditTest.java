package dev.precis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.render.SummaryFormat;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyCreditTest {
  private static final String FIRST = """
      An Arctic cold wave and accompanying blizzards have killed at least 62 people throughout \
      Europe, police and media reported on Monday. Temperatures fell to minus 30 degrees in \
      parts of Poland overnight, and snowdrifts cut off hundreds of villages in the Carpathian \
      mountains. Most of the dead were homeless people who froze in parks and railway stations, \
      officials in Warsaw and Bucharest said. Schools in eastern Romania stayed closed for a \
      third day as road crews struggled to clear the highways.""";
  /** The same wire story an hour later: one figure updated, so a near copy of the first. */
  private static final String UPDATE = FIRST.replace("at least 62 people", "at least 65 people");

  private final SummaryPipeline pipeline = new SummaryPipeline(SummaryOptions.defaults());

  @Test
  void aCopyIsCreditedExceptForASentenceWhoseFigureItChanged() {
    Summary summary = pipeline.summarize(List.of(
        Article.of("first", FIRST), Article.of("update", UPDATE)));
    assertThat(summary.notes()).anyMatch(n -> n.contains("1 article was a copy"));
    SummarySentence toll = summary.sentences().stream()
        .filter(s -> s.text().contains("at least 62")).findFirst().orElseThrow();
    assertThat(toll.sources()).containsExactly("first");
    assertThat(toll.differing()).singleElement().satisfies(d -> {
      assertThat(d.articleId()).isEqualTo("update");
      assertThat(UPDATE.substring(d.start(), d.end())).startsWith("An Arctic cold wave")
          .contains("at least 65");
    });
    assertThat(summary.sentences()).filteredOn(s -> !s.text().contains("62"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.sources()).containsExactly("first", "update"));
  }

  @Test
  void everyFormatSaysWhichSourceStatesAnotherFigure() {
    Summary summary = pipeline.summarize(List.of(
        Article.of("first", FIRST), Article.of("update", UPDATE)));
    assertThat(SummaryWriter.write(summary, SummaryFormat.TEXT))
        .contains("at least 62 people throughout Europe, police and media reported on Monday. "
            + "[1] (another figure in [2])");
    assertThat(SummaryWriter.write(summary, SummaryFormat.MARKDOWN))
        .contains("(another figure in \\[2\\])");
    assertThat(SummaryWriter.write(summary, SummaryFormat.HTML))
        .contains("(another figure in [2])");
    assertThat(SummaryWriter.toJson(summary).get("sentences").findValues("differing"))
        .anySatisfy(d -> assertThat(d.get(0).get("article").asText()).isEqualTo("update"));
  }

  @Test
  void aCopyOfAnotherArticleThatRepeatsTheSentenceIsCredited() {
    // the update's copy kept the first figure: it supports the summary sentence, though the
    // article it copies does not
    String keptOldFigure = UPDATE.replace("Schools in eastern Romania", "Schools in Moldova");
    String toll62 = FIRST.replace("Most of the dead", "Nearly all of the dead");
    Summary summary = pipeline.summarize(List.of(Article.of("first", toll62),
        Article.of("update", UPDATE), Article.of("update-copy", keptOldFigure.replace(
            "at least 65 people", "at least 62 people"))));
    SummarySentence toll = summary.sentences().stream()
        .filter(s -> s.text().contains("at least 62")).findFirst().orElseThrow();
    assertThat(toll.sources()).contains("update-copy").doesNotContain("update");
  }

  @Test
  void aCopyThatLeftTheSentenceOutIsNotCredited() {
    String shortened = UPDATE.replace("at least 65", "at least 62")
        .replace(" Schools in eastern Romania stayed closed for a third day as road crews "
            + "struggled to clear the highways.", "");
    Summary summary = pipeline.summarize(List.of(
        Article.of("first", FIRST), Article.of("shortened", shortened)));
    assertThat(summary.notes()).anyMatch(n -> n.contains("1 article was a copy"));
    assertThat(summary.sentences()).filteredOn(s -> s.text().startsWith("Schools in eastern"))
        .allSatisfy(s -> assertThat(s.sources()).containsExactly("first"));
    assertThat(summary.sentences()).filteredOn(s -> s.text().contains("at least 62"))
        .allSatisfy(s -> assertThat(s.sources()).containsExactly("first", "shortened"));
  }

  @Test
  void sourcesAndDifferingArticlesAreListedInClusterOrder() {
    Summary summary = pipeline.summarize(List.of(Article.of("update", UPDATE),
        Article.of("first", FIRST),
        Article.of("again", UPDATE.replace("Schools in eastern", "Schools in all of eastern")),
        Article.of("first-again", FIRST.replace("Schools in eastern", "Schools in all of eastern"))));
    SummarySentence toll = summary.sentences().stream()
        .filter(s -> s.text().contains("at least 65")).findFirst().orElseThrow();
    // its own article first (the one its copy group was summarized through), then cluster order
    assertThat(toll.sources()).containsExactlyInAnyOrder("update", "again")
        .startsWith(toll.articleId());
    assertThat(toll.differing()).extracting(SummarySentence.Evidence::articleId)
        .containsExactly("first", "first-again");
  }

  @Test
  void anIdenticalCopyOfASourceCreditedForAParaphraseIsCreditedToo() {
    String wire = "Rep. Ken Buck, a Tea Party Republican, tweeted a picture last week of him and "
        + "Rep. Trey Gowdy in his House office, holding an AR-15 semiautomatic rifle decorated "
        + "with an American flag pattern.";
    String local = "Last week, the freshman Republican from Windsor posted a picture on Twitter "
        + "that showed him posing in his office with fellow GOP lawmaker Trey Gowdy and an AR-15 "
        + "rifle painted with an American flag design.";
    Summary summary = pipeline.summarize(List.of(Article.of("wire", wire),
        Article.of("local", local), Article.of("local-again", local)));
    // one sentence: the other says the same in other words
    assertThat(summary.sentences()).singleElement().satisfies(s -> assertThat(s.sources())
        .containsExactlyInAnyOrder("wire", "local", "local-again"));
  }
}
