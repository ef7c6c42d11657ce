package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  @Test
  void newsPageGivesMetadataAndOnlyTheArticleText() throws IOException {
    Article article =
        HtmlArticleExtractor.extract("bridge", resource("harbour-bridge.html"), "harbour-bridge.html");

    assertThat(article.id()).isEqualTo("bridge");
    assertThat(article.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
    assertThat(article.date()).isEqualTo("2024-03-18T07:45:00Z");
    assertThat(article.byline()).isEqualTo("Marta Kowalska");
    assertThat(article.url()).isEqualTo("https://ledger.example/news/harbour-bridge-reopens");
    assertThat(article.source()).isEqualTo("The Coastal Ledger");
    assertThat(article.text().split("\n"))
        .hasSize(5)
        .allSatisfy(p -> assertThat(p).doesNotContain("  "));
    assertThat(article.text())
        .startsWith("The harbour bridge reopened to traffic on Monday morning, two years after")
        .contains("chief engineer, Tomás Herrera,")
        .endsWith("the city council said in a statement.")
        .doesNotContain("Weather forecast", "Share on Facebook", "Related stories", "newsletter",
            "All rights reserved", "dataLayer", "font-family");
  }

  @Test
  void cruxRunsOnTheCurrentJsoupAndFindsTheBodyParagraphs() throws IOException {
    // Crux 2.1.0 was built against jsoup 1.9; this guards the combination we ship.
    Document doc = Jsoup.parse(resource("harbour-bridge.html"));

    List<String> paragraphs = HtmlArticleExtractor.cruxParagraphs(doc, null);

    assertThat(paragraphs).hasSize(5);
    assertThat(paragraphs.get(0)).startsWith("The harbour bridge reopened to traffic");
    assertThat(paragraphs.get(4)).endsWith("the city council said in a statement.");
    assertThat(doc.select("nav")).as("Crux works on a copy").hasSize(1);
  }

  @Test
  void fallbackReadsTheArticleElementWithoutPageFurniture() throws IOException {
    Document doc = Jsoup.parse(resource("harbour-bridge.html"));

    List<String> paragraphs = HtmlArticleExtractor.fallbackParagraphs(doc);

    assertThat(paragraphs).hasSize(6);
    assertThat(paragraphs.get(0)).isEqualTo("Harbour bridge reopens after two years of repairs");
    assertThat(paragraphs.get(1)).startsWith("The harbour bridge reopened to traffic");
    assertThat(String.join("\n", paragraphs))
        .doesNotContain("Weather forecast", "Marta Kowalska", "Share on", "Related stories",
            "newsletter", "All rights reserved");
    assertThat(doc.select("nav")).as("the caller's document is left alone").hasSize(1);
  }

  @Test
  void shortPageWithoutArticleElementLosesNavHeaderFooterAndAside() {
    String html =
        """
        <html><body>
        <header><p>Valley Gazette, your local paper</p></header>
        <nav><p>Home</p><p>Politics</p></nav>
        <div><p>Water supply was restored to the village of Brook End on Friday evening.</p>
        <p>Residents had relied on bottled water for four days.</p></div>
        <aside><p>Most read: county fair dates announced</p></aside>
        <footer><p>Contact us</p></footer>
        <script>trackPageView();</script>
        </body></html>
        """;

    Article article = HtmlArticleExtractor.extract("water", html, "water.html");

    assertThat(article.text())
        .isEqualTo(
            "Water supply was restored to the village of Brook End on Friday evening.\n"
                + "Residents had relied on bottled water for four days.");
  }

  @Test
  void malformedHtmlIsReadWithoutCrashing() throws IOException {
    Article article =
        HtmlArticleExtractor.extract("buses", resource("brief-malformed.html"), "brief-malformed.html");

    assertThat(article.title()).isEqualTo("Council approves night buses");
    assertThat(article.date()).isEqualTo("2024-05-02");
    // Too short for Crux, which drops short paragraphs; the fallback keeps all three.
    assertThat(article.text())
        .isEqualTo(
            "The city council approved three new night bus routes on Thursday\n"
                + "The routes will start in June and run until 4 a.m. on weekends.\n"
                + "Officials said the cost would be covered by parking fees.\n"
                + "2 May");
  }

  @Test
  void jsonLdSuppliesDateAndAuthorWhenMetaTagsDoNot() {
    String html =
        """
        <html><head><title>Rail strike called off</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Rail Weekly"},
          {"@type": "NewsArticle", "datePublished": "2024-06-11T16:20:00+02:00",
           "author": [{"@type": "Person", "name": "Ondřej Svoboda"}]}]}
        </script>
        <script type="application/ld+json">{ this is not json </script>
        </head><body><p>Unions called off Friday's rail strike after a late offer.</p></body></html>
        """;

    Article article = HtmlArticleExtractor.extract("rail", html, "rail.html");

    assertThat(article.date()).isEqualTo("2024-06-11T16:20:00+02:00");
    assertThat(article.byline()).isEqualTo("Ondřej Svoboda");
    assertThat(article.title()).isEqualTo("Rail strike called off");
    assertThat(article.text()).isEqualTo("Unions called off Friday's rail strike after a late offer.");
  }

  @Test
  void titleFallsBackToH1AndDropsTheRepeatedHeadlineFromTheText() {
    String html =
        "<body><h1>Library extends opening hours</h1>"
            + "<p>The central library will open until 10 p.m. from next week.</p></body>";

    Article article = HtmlArticleExtractor.extract("library", html, "library.html");

    assertThat(article.title()).isEqualTo("Library extends opening hours");
    assertThat(article.text()).isEqualTo("The central library will open until 10 p.m. from next week.");
  }

  @Test
  void siteNameSuffixIsRemovedFromTheDocumentTitle() {
    String html =
        "<head><title>Library extends opening hours – City Post</title>"
            + "<meta property='og:site_name' content='City Post'></head>"
            + "<body><p>The central library will open later.</p></body>";

    assertThat(HtmlArticleExtractor.extract("l", html, "l.html").title())
        .isEqualTo("Library extends opening hours");
  }

  @Test
  void pageWithoutTextIsAnError() {
    String html = "<html><head><title>Gallery</title></head><body><img src=a.jpg></body></html>";

    assertThatThrownBy(() -> HtmlArticleExtractor.extract("g", html, "gallery.html"))
        .isInstanceOf(PrecisException.class)
        .hasMessage("gallery.html has no article text (no paragraphs found in the page)");
  }

  @Test
  void aPageNestedTenThousandDeepIsReadWithoutRecursion() {
    String paragraph = "The council met on Monday to discuss the budget for the coming year and "
        + "agreed to raise the harbour fees by four per cent from April.";
    String html = "<html><head><title>Council budget</title></head><body>" + "<div>".repeat(10_000)
        + "<p>" + paragraph + "</p>" + "</div>".repeat(10_000) + "</body></html>";
    Document doc = Jsoup.parse(html);
    assertThat(HtmlArticleExtractor.depth(doc)).isGreaterThan(HtmlArticleExtractor.MAX_CRUX_DEPTH);

    // on a small stack, as a server's worker thread may have: Crux is not reached at all
    Article[] read = new Article[1];
    Thread small = new Thread(null, () -> read[0] =
        HtmlArticleExtractor.extract("council", html, "council.html"), "small-stack", 256 * 1024);
    small.start();
    assertThat(join(small)).isTrue();
    assertThat(read[0].title()).isEqualTo("Council budget");
    assertThat(read[0].text()).isEqualTo(paragraph);
  }

  private static boolean join(Thread thread) {
    try {
      thread.join(60_000);
      return !thread.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
