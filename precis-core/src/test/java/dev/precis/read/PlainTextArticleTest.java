package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import org.junit.jupiter.api.Test;

class PlainTextArticleTest {

  @Test
  void shortFirstLineFollowedByBlankLineBecomesTheTitle() {
    Article article =
        PlainTextArticle.parse(
            "ferry",
            """
            Ferry service resumes after storm - port authority

            Posted March 3, 2024

            Ferries between the mainland and the islands resumed on Sunday after two days of gales.
            The port authority said all crossings would run to timetable by Monday.

            Passengers with cancelled tickets can rebook free of charge.
            """);

    assertThat(article.id()).isEqualTo("ferry");
    assertThat(article.title()).isEqualTo("Ferry service resumes after storm - port authority");
    assertThat(article.text())
        .isEqualTo(
            "Posted March 3, 2024\n"
                + "Ferries between the mainland and the islands resumed on Sunday after two days"
                + " of gales. The port authority said all crossings would run to timetable by"
                + " Monday.\n"
                + "Passengers with cancelled tickets can rebook free of charge.");
  }

  @Test
  void headlineRepeatedAsFirstParagraphIsKeptOnlyAsTitle() {
    Article article =
        PlainTextArticle.parse(
            "a", "Mayor vows to fix 'broken' buses\n\nMayor vows to fix 'broken' buses\n\nShe said so.");

    assertThat(article.title()).isEqualTo("Mayor vows to fix 'broken' buses");
    assertThat(article.text()).isEqualTo("She said so.");
  }

  @Test
  void questionHeadlinesAreHeadlinesToo() {
    Article article = PlainTextArticle.parse("a", "Will the bridge open on time?\n\nEngineers say yes.");

    assertThat(article.title()).isEqualTo("Will the bridge open on time?");
    assertThat(article.text()).isEqualTo("Engineers say yes.");
  }

  @Test
  void firstLineEndingWithAPeriodIsBodyText() {
    Article article =
        PlainTextArticle.parse("a", "The bridge opened on Monday.\n\nTraffic was light.");

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("The bridge opened on Monday.\nTraffic was light.");
  }

  @Test
  void sentenceEndingInsideQuotesIsNotAHeadline() {
    assertThat(PlainTextArticle.looksLikeHeadline("The minister said: \"We will act.\"")).isFalse();
    assertThat(PlainTextArticle.looksLikeHeadline("Minister: \"We will act\"")).isTrue();
  }

  @Test
  void firstLineWithoutBlankLineAfterItIsNotATitle() {
    Article article = PlainTextArticle.parse("a", "Bridge reopens\nTraffic was light on Monday.");

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Bridge reopens\nTraffic was light on Monday.");
  }

  @Test
  void longFirstParagraphWithoutPeriodIsNotATitle() {
    String lead = "word ".repeat(40).strip();
    Article article = PlainTextArticle.parse("a", lead + "\n\nSecond paragraph.");

    assertThat(article.title()).isNull();
    assertThat(article.text()).startsWith(lead);
  }

  @Test
  void singleParagraphTextKeepsItsFirstLine() {
    Article article = PlainTextArticle.parse("a", "Breaking news\n");

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Breaking news");
  }

  @Test
  void windowsLineEndingsAreHandled() {
    Article article = PlainTextArticle.parse("a", "Bridge reopens\r\n\r\nTraffic was light.\r\n");

    assertThat(article.title()).isEqualTo("Bridge reopens");
    assertThat(article.text()).isEqualTo("Traffic was light.");
  }
}
