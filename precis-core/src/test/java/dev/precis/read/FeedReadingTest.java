package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS, Atom and OPML read from files, and the XML that must be refused. */
class FeedReadingTest {
  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.defaults();

  static byte[] feed(String name) {
    try (InputStream in = FeedReadingTest.class.getResourceAsStream("feeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test feed " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, feed(name));
    return file;
  }

  @Test
  void rss2WithContentEncodedGivesTheFullTextWithoutMarkup() throws IOException {
    ReadResult result = reader.read(List.of(copy("harbour-news.rss").toString()),
        InputStream.nullInputStream());

    assertThat(result.articles()).hasSize(2);
    Article bridge = result.articles().get(0);
    assertThat(bridge.id()).isEqualTo("harbour-news-1");
    assertThat(bridge.title()).isEqualTo("Harbour bridge reopens after six months of repairs");
    assertThat(bridge.date()).isEqualTo("2026-03-02T07:30:00Z");
    assertThat(bridge.source()).isEqualTo("Harbour Evening Post");
    assertThat(bridge.url()).isEqualTo("https://post.example.org/2026/03/bridge-reopens");
    assertThat(bridge.byline()).isEqualTo("Maria Jensen");
    assertThat(bridge.text().split("\n")).hasSize(4);
    assertThat(bridge.text()).startsWith("Traffic returned to the harbour bridge on Monday "
        + "morning after six months of repairs, the city transport office said.");
    assertThat(bridge.text()).doesNotContain("<p>", "</p>");
    assertThat(result.articles().get(1).text()).doesNotContain("trackReader");
    assertThat(result.inputs().get(0).format()).isEqualTo(InputFormat.FEED);
  }

  @Test
  void rss2WithDescriptionOnlyIsATeaserWithEscapedMarkupRemoved() {
    FeedDocument doc = reader.readFeed("city-wire.rss", feed("city-wire.rss"));

    assertThat(doc.title()).isEqualTo("City Wire");
    assertThat(doc.ttlMinutes()).isNull();
    assertThat(doc.entries()).hasSize(2);
    FeedDocument.Entry first = doc.entries().get(0);
    assertThat(first.teaser()).isTrue();
    assertThat(first.key()).isEqualTo("https://wire.example.net/bridge-open-again");
    assertThat(first.article().text()).isEqualTo(
        "The harbour bridge reopened to traffic on Monday after six months of repairs.");
    assertThat(first.article().date()).isEqualTo("2026-03-02T08:12:00Z");
    assertThat(doc.warnings()).containsExactly(
        "city-wire.rss: skipped 1 entry with neither title nor text");
  }

  @Test
  void rssTtlAndGuidAreKeptForFollowers() {
    FeedDocument doc = reader.readFeed("harbour-news.rss", feed("harbour-news.rss"));

    assertThat(doc.ttlMinutes()).isEqualTo(30);
    assertThat(doc.entries()).extracting(FeedDocument.Entry::key)
        .containsExactly("post-4411", "post-4412");
    assertThat(doc.entries()).noneMatch(FeedDocument.Entry::teaser);
  }

  @Test
  void atomEntriesUseContentOverSummaryAndKeepPlainTextLines() {
    FeedDocument doc = reader.readFeed("island-times.atom", feed("island-times.atom"));

    assertThat(doc.entries()).hasSize(2);
    Article ferries = doc.entries().get(0).article();
    assertThat(ferries.source()).isEqualTo("Island Times");
    assertThat(ferries.byline()).isEqualTo("Tomas Berg");
    assertThat(ferries.date()).isEqualTo("2026-03-03T19:30:00Z");
    assertThat(ferries.text()).startsWith("Ferry services between the islands");
    assertThat(ferries.text()).doesNotContain("Ferry services may stop on Thursday.");
    assertThat(doc.entries().get(0).key()).isEqualTo("tag:times.example.com,2026:ferries-storm");
    Article library = doc.entries().get(1).article();
    assertThat(library.date()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(library.text()).isEqualTo("The island library will open on Sundays from April.\n"
        + "Opening hours will be from ten to four.");
  }

  @Test
  void rss1IsReadAndSniffedFromStandardInput() {
    ReadResult result = reader.read(List.of("-"),
        new java.io.ByteArrayInputStream(feed("rdf-news.rdf")));

    assertThat(result.articles()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Fish market moves to the north quay");
      assertThat(a.source()).isEqualTo("Old Gazette");
    });
  }

  @Test
  void opmlReadsEveryListedFeedRelativeToItself() throws IOException {
    copy("harbour-news.rss");
    copy("city-wire.rss");
    copy("island-times.atom");
    Path opml = copy("feeds.opml");

    ReadResult result = reader.read(List.of(opml.toString()), InputStream.nullInputStream());

    assertThat(result.articles()).extracting(Article::id).containsExactly(
        "harbour-news-1", "harbour-news-2", "city-wire-1", "city-wire-2", "island-times-1",
        "island-times-2");
    assertThat(result.articles()).extracting(Article::source).containsOnly(
        "Harbour Evening Post", "City Wire", "Island Times");
    assertThat(ArticleReader.readOpml("feeds.opml", feed("feeds.opml")))
        .extracting(FeedOutline::title)
        .containsExactly("Harbour Evening Post", "City Wire", "Island Times");
  }

  @Test
  void opmlWithAMissingFeedSkipsItWithAWarning() throws IOException {
    copy("harbour-news.rss");
    copy("island-times.atom");
    Path opml = copy("feeds.opml");

    ReadResult result = reader.read(List.of(opml.toString()), InputStream.nullInputStream());

    assertThat(result.articles()).hasSize(4);
    assertThat(result.warnings()).singleElement().asString()
        .contains("skipped a feed").contains("city-wire.rss does not exist");
  }

  @Test
  void opmlListingAnAddressNeedsAFetcher() throws IOException {
    Path opml = dir.resolve("remote.opml");
    Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"x\" "
        + "xmlUrl=\"http://127.0.0.1:9/feed.xml\"/></body></opml>");

    assertThatThrownBy(() -> reader.read(List.of(opml.toString()), InputStream.nullInputStream()))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("none of its 1 feed could be read")
        .hasMessageContaining("this reader does not fetch");
  }

  @Test
  void aDirectoryReadsItsFeedsAndSkipsOtherXml() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.write(news.resolve("post.xml"), feed("harbour-news.rss"));
    Files.writeString(news.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>"
        + "https://post.example.org/</loc></url></urlset>");

    ReadResult result = reader.read(List.of(news.toString()), InputStream.nullInputStream());

    assertThat(result.articles()).extracting(Article::id).containsExactly("post-1", "post-2");
    assertThat(result.warnings()).containsExactly("skipped " + news.resolve("sitemap.xml")
        + ": XML, but not an RSS, Atom or OPML document");
    // named on its own, it is read as a feed, and refused as one
    assertThatThrownBy(() -> reader.read(List.of(news.resolve("sitemap.xml").toString()),
        InputStream.nullInputStream()))
        .hasMessageEndingWith("is not a readable RSS or Atom feed: neither RSS nor Atom");
  }

  @Test
  void brokenXmlIsOneClearMessage() {
    assertThatThrownBy(() -> reader.readFeed("broken.rss", feed("broken.rss")))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("broken.rss is not a readable RSS or Atom feed");
  }

  @Test
  void htmlIsNotAFeed() {
    byte[] html = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.readFeed("page.xml", html))
        .isInstanceOf(PrecisException.class)
        .hasMessage("page.xml is not a readable RSS or Atom feed: neither RSS nor Atom");
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> reader.readFeed("billion-laughs.rss", feed("billion-laughs.rss")))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("billion-laughs.rss declares a DOCTYPE, which is refused");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void externalEntitiesAreRefusedInFeedsAndOpml() throws IOException {
    assertThatThrownBy(() -> reader.readFeed("xxe.rss", feed("xxe.rss")))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("xxe.rss declares a DOCTYPE, which is refused");
    assertThatThrownBy(() -> ArticleReader.readOpml("xxe.opml", feed("xxe.opml")))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("xxe.opml declares a DOCTYPE, which is refused");
    // and through the ordinary path, by extension
    Path file = copy("xxe.rss");
    assertThatThrownBy(() -> reader.read(List.of(file.toString()), InputStream.nullInputStream()))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("declares a DOCTYPE");
  }

  @Test
  void sniffingTellsFeedsOpmlAndPagesApart() {
    assertThat(InputFormat.detect(feed("harbour-news.rss"))).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.detect(feed("island-times.atom"))).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.detect(feed("billion-laughs.rss"))).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.detect(feed("feeds.opml"))).isEqualTo(InputFormat.OPML);
    assertThat(InputFormat.detect("<!DOCTYPE html><html><p>x</p></html>"
        .getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.HTML);
  }

  @Test
  void anAddressNeedsAFetchingReader() {
    assertThatThrownBy(() -> reader.read(List.of("http://127.0.0.1:9/feed.xml"),
        InputStream.nullInputStream()))
        .isInstanceOf(PrecisException.class)
        .hasMessage("http://127.0.0.1:9/feed.xml is an address, and this reader does not fetch");
  }
}
