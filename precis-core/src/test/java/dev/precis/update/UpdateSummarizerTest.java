package dev.precis.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.read.ArticleReader;
import dev.precis.render.SummaryFormat;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On examples/flood-update: two articles of Monday 9 March, two of Tuesday 10 March. */
class UpdateSummarizerTest {
  private static final List<Article> STORY = ArticleReader.defaults().read(List.of(
      Path.of(System.getProperty("precis.root", "..")).resolve("examples/flood-update")
          .toString())).articles();
  private static final UpdateSummarizer UPDATE = new UpdateSummarizer(SummaryOptions.defaults());

  private static List<Article> ofDay(String day) {
    return STORY.stream().filter(a -> a.date().startsWith(day)).toList();
  }

  private static List<String> texts(Summary summary) {
    return summary.sentences().stream().map(SummarySentence::text).toList();
  }

  @Test
  void sinceADaySummarizesTheLaterArticlesWithoutWhatTheEarlierOnesSaid() {
    UpdateSummary update = UPDATE.summarize(STORY, Since.parse("2026-03-10"), List.of());
    assertThat(update.newArticles()).isEqualTo(2);
    assertThat(update.seenArticles()).isEqualTo(2);
    assertThat(update.message()).isEqualTo("2 new articles since 2026-03-10; 2 already seen, "
        + "left out with what they say");
    Summary summary = update.summary();
    assertThat(summary.sentences()).isNotEmpty();
    for (SummarySentence s : summary.sentences()) {
      assertThat(s.sources()).allMatch(id -> id.startsWith("c-") || id.startsWith("d-"));
    }
    // Tuesday's articles retell Monday's flooding and rescue; a plain summary of them takes that
    Summary plain = new SummaryPipeline(SummaryOptions.defaults()).summarize(ofDay("2026-03-10"));
    assertThat(String.join(" ", texts(plain))).contains("flooding about 200 homes");
    assertThat(String.join(" ", texts(summary))).doesNotContain("200 homes")
        .doesNotContain("used boats to reach families")
        .contains("1,500");
    assertThat(summary.parameters()).containsEntry("since", "2026-03-10")
        .containsEntry("newArticles", 2).containsEntry("seenArticles", 2)
        .containsEntry("undatedArticles", 0).containsEntry("update", true);
    assertThat(summary.notes()).first().isEqualTo(update.message());
  }

  @Test
  void aSeenFactRestatedWithAnotherFigureIsNews() {
    // Monday: two people died; Tuesday: the toll rose to five. The same words, another figure.
    Summary summary = UPDATE.summarize(STORY, Since.parse("2026-03-10"), List.of()).summary();
    assertThat(String.join(" ", texts(summary))).containsAnyOf("rose to five", "Five people");
  }

  @Test
  void anEarlierSummaryGivenAsSeenTextIsLeftOut() {
    Article earlier = Article.of("earlier-summary", """
        The death toll from the Kestrel Bridge floods rose to five on Tuesday.
        Around 1,500 residents below the Harlow Reservoir dam were evacuated after a crack was \
        found in its spillway.
        """);
    List<Article> tuesday = ofDay("2026-03-10");
    UpdateSummary update = UPDATE.summarize(tuesday, null, List.of(earlier));
    assertThat(update.since()).isNull();
    assertThat(update.newArticles()).isEqualTo(2);
    assertThat(update.seenArticles()).isEqualTo(1);
    String text = String.join(" ", texts(update.summary()));
    assertThat(text).doesNotContain("Around 1,500 residents").doesNotContain("rose to five");
    Summary plain = new SummaryPipeline(SummaryOptions.defaults()).summarize(tuesday);
    assertThat(String.join(" ", texts(plain))).contains("Around 1,500 residents")
        .contains("rose to five");
  }

  @Test
  void anArticleAlsoGivenAsSeenIsSeen() {
    UpdateSummary update = UPDATE.summarize(STORY, null, ofDay("2026-03-09"));
    assertThat(update.newArticles()).isEqualTo(2);
    assertThat(update.seenArticles()).isEqualTo(2);
  }

  @Test
  void aDateTimeSplitsOneDayByTheTimeOfEachArticle() {
    UpdateSummary update = UPDATE.summarize(STORY, Since.parse("2026-03-10T12:00:00Z"),
        List.of());
    assertThat(update.newArticles()).isEqualTo(1);
    assertThat(update.seenArticles()).isEqualTo(3);
    assertThat(update.summary().sentences()).allMatch(s -> s.sources().equals(
        List.of("d-coastline-news")));
    // no offset reads as UTC; an offset is honoured (12:00+02:00 is 10:00 UTC)
    assertThat(Since.parse("2026-03-10T12:00").instant())
        .isEqualTo(Since.parse("2026-03-10T12:00Z").instant());
    assertThat(UPDATE.summarize(STORY, Since.parse("2026-03-10T10:00+02:00"), List.of())
        .newArticles()).isEqualTo(2);
  }

  @Test
  void anArticleDatedOnlyByDayIsNewOnTheDayOfSince() {
    Article dayOnly = new Article("e", null, "2026-03-10", null, null, null,
        "Schools in Kestrel Bridge will reopen on Monday after the floods, the council said.");
    assertThat(UpdateSummarizer.isNew(dayOnly, Since.parse("2026-03-10T23:00Z"))).contains(true);
    assertThat(UpdateSummarizer.isNew(dayOnly, Since.parse("2026-03-11"))).contains(false);
  }

  @Test
  void undatedArticlesCountAsNewAndTheMessageSaysHowMany() {
    List<Article> withUndated = new ArrayList<>(STORY);
    withUndated.add(Article.of("undated-blog", "A volunteer group in Kestrel Bridge has collected "
        + "more than 4,000 pounds for families whose homes were flooded in Millside."));
    UpdateSummary update = UPDATE.summarize(withUndated, Since.parse("2026-03-10"), List.of());
    assertThat(update.newArticles()).isEqualTo(3);
    assertThat(update.undatedArticles()).isEqualTo(1);
    assertThat(update.message()).startsWith("3 new articles since 2026-03-10 (1 undated, counted "
        + "as new)");
    assertThat(update.summary().parameters()).containsEntry("undatedArticles", 1);
  }

  @Test
  void nothingNewIsSaidInsteadOfAnEmptySummary() {
    UpdateSummary update = UPDATE.summarize(STORY, Since.parse("2026-03-11"), List.of());
    assertThat(update.nothingNew()).isTrue();
    assertThat(update.summary()).isNull();
    assertThat(update.message())
        .isEqualTo("nothing new since 2026-03-11: all 4 articles are dated before it");
    assertThat(update.seenArticles()).isEqualTo(4);
  }

  @Test
  void nothingNewSaysWhetherByDateOrBecauseEverythingWasSeen() {
    List<Article> monday = ofDay("2026-03-09");
    assertThat(UPDATE.summarize(monday, null, monday).message())
        .isEqualTo("nothing new: every article was given as already seen");
    assertThat(UPDATE.summarize(STORY, Since.parse("2026-03-11"), monday).message())
        .isEqualTo("nothing new since 2026-03-11: 2 dated before it, the others given as "
            + "already seen");
  }

  @Test
  void anUnreadableDateIsOneClearError() {
    assertThatThrownBy(() -> Since.parse("yesterday")).isInstanceOf(PrecisException.class)
        .hasMessage("cannot read the date 'yesterday' for 'since': give an ISO date (2026-03-09) "
            + "or date-time (2026-03-09T18:00Z, 2026-03-09T18:00+01:00)");
    assertThatThrownBy(() -> Since.parse("2026-02-30")).isInstanceOf(PrecisException.class);
    assertThatThrownBy(() -> Since.parse(" ")).isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("no date given for 'since'");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String first = SummaryWriter.write(UPDATE.summarize(STORY, Since.parse("2026-03-10"),
        List.of()).summary(), SummaryFormat.JSON);
    String second = SummaryWriter.write(new UpdateSummarizer(SummaryOptions.defaults())
        .summarize(STORY, Since.parse("2026-03-10"), List.of()).summary(), SummaryFormat.JSON);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyMethodLeavesOutWhatWasSeen() {
    for (String method : dev.precis.summarize.Summarizers.names()) {
      UpdateSummary update = new UpdateSummarizer(SummaryOptions.defaults().withMethod(method))
          .summarize(STORY, Since.parse("2026-03-10"), List.of());
      assertThat(String.join(" ", texts(update.summary()))).as(method)
          .doesNotContain("flooding about 200 homes");
    }
  }
}
