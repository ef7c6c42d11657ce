package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.fetch.LocalSite;
import dev.precis.fetch.PageFetcher;
import dev.precis.text.Article;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Feeds and pages read from a web site on 127.0.0.1: addresses, OPML, --fetch. */
class FeedFetchTest {
  private final LocalSite site = LocalSite.start();
  private final PageFetcher fetcher = PageFetcher.with(PageFetcher.Options.defaults()
      .withTimeout(Duration.ofMillis(700)).withPerHostInterval(Duration.ZERO));

  FeedFetchTest() {
    String base = site.uri("").toString();
    site.put("/teasers.rss", "application/rss+xml",
        new String(FeedReadingTest.feed("teasers.rss"), StandardCharsets.UTF_8)
            .replace("SITE", base));
    site.put("/articles/bridge.html", "text/html; charset=utf-8",
        FeedReadingTest.feed("bridge-page.html"));
    site.put("/harbour-news.rss", "application/rss+xml", FeedReadingTest.feed("harbour-news.rss"));
    site.put("/island-times.atom", "application/atom+xml",
        FeedReadingTest.feed("island-times.atom"));
    site.put("/desk.opml", "text/x-opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
        + "<outline text=\"Post\" xmlUrl=\"" + site.uri("/harbour-news.rss") + "\"/>"
        + "<outline text=\"Gone\" xmlUrl=\"" + site.uri("/gone.rss") + "\"/>"
        + "<outline text=\"Times\" xmlUrl=\"" + site.uri("/island-times.atom") + "\"/>"
        + "</body></opml>");
  }

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  private ReadResult read(boolean fullText, String... inputs) {
    return ArticleReader.defaults().withFetcher(fetcher, fullText)
        .read(List.of(inputs), InputStream.nullInputStream());
  }

  @Test
  void aFeedAddressIsReadWithoutFetchingPagesByDefault() {
    ReadResult result = read(false, site.uri("/teasers.rss").toString());

    assertThat(result.articles()).hasSize(3);
    assertThat(result.articles().get(0).id()).isEqualTo("127.0.0.1-teasers-1");
    assertThat(result.articles().get(0).text()).isEqualTo("Traffic is back on the bridge.");
    assertThat(site.hits("/articles/bridge.html")).isZero();
  }

  @Test
  void fetchReplacesTeasersWithThePageAndKeepsThemWhenThePageFails() {
    ReadResult result = read(true, site.uri("/teasers.rss").toString());

    Article bridge = result.articles().get(0);
    assertThat(bridge.text()).startsWith("Traffic returned to the harbour bridge on Monday");
    assertThat(bridge.text()).contains("Ana Novak").doesNotContain("newsletter");
    assertThat(bridge.title()).isEqualTo("Harbour bridge reopens after six months of repairs");
    assertThat(bridge.source()).isEqualTo("Harbour Briefs");
    assertThat(bridge.date()).isEqualTo("2026-03-02T07:30:00Z");
    assertThat(result.articles().get(1).text())
        .isEqualTo("The museum night will take place in May this year.");
    assertThat(result.articles().get(2).text())
        .isEqualTo("The council will debate higher parking fees on Friday.");
    String feed = site.uri("/teasers.rss").toString();
    assertThat(result.warnings()).containsExactly(
        feed + ": 127.0.0.1-teasers-2: kept the teaser: " + site.uri("/articles/museum.html")
            + ": HTTP 404 (not found)",
        feed + ": 127.0.0.1-teasers-3: kept the teaser: " + site.uri("/slow")
            + ": no complete answer within 700 ms");
    assertThat(site.hits("/articles/bridge.html")).isEqualTo(1);
  }

  @Test
  void entriesWithTheirFullContentAreNotFetched() {
    ReadResult result = read(true, site.uri("/harbour-news.rss").toString());

    assertThat(result.articles()).hasSize(2);
    assertThat(result.warnings()).isEmpty();
    assertThat(site.userAgents()).hasSize(1);
  }

  @Test
  void opmlOfAddressesReadsTheFeedsAndSkipsTheMissingOne() {
    ReadResult result = read(false, site.uri("/desk.opml").toString());

    assertThat(result.articles()).extracting(Article::source).containsExactly(
        "Harbour Evening Post", "Harbour Evening Post", "Island Times", "Island Times");
    assertThat(result.warnings()).singleElement().asString()
        .contains("skipped a feed: " + site.uri("/gone.rss") + ": HTTP 404 (not found)");
  }

  @Test
  void aHugePageAsAnInputIsRefusedAtTheSizeLimit() {
    ArticleReader small = ArticleReader.defaults().withMaxBytesPerFile(1024 * 1024);
    try (PageFetcher capped = PageFetcher.with(PageFetcher.Options.defaults()
        .withTimeout(Duration.ofSeconds(20)).withMaxBytes(small.maxBytesPerFile()))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.withFetcher(capped, false)
              .read(List.of(site.uri("/huge").toString()), InputStream.nullInputStream()))
          .hasMessage(site.uri("/huge") + ": larger than the limit of 1 MB");
    }
  }
}
