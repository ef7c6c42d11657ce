package dev.precis.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.fetch.LocalSite;
import dev.precis.fetch.PageFetcher;
import dev.precis.read.ArticleReader;
import dev.precis.text.Article;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFollowerTest {
  @TempDir Path dir;

  private final LocalSite site = LocalSite.feeds();
  /** What the follower stored, in order. */
  private final List<Article> stored = Collections.synchronizedList(new ArrayList<>());
  private final List<FeedFollower> followers = new ArrayList<>();

  private static final FeedFollower.Options FAST = FeedFollower.Options.defaults()
      .withInterval(Duration.ofMillis(150))
      .withFetch(PageFetcher.Options.defaults().withTimeout(Duration.ofMillis(600))
          .withPerHostInterval(Duration.ZERO).withMaxBytes(1024 * 1024));

  static String rss(String title, String ttl, String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + title
        + "</title><link>https://example.org/</link>" + ttl + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String guid, String title, String link, String description,
      String content) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title>"
        + (link == null ? "" : "<link>" + link + "</link>")
        + "<pubDate>Mon, 02 Mar 2026 07:30:00 GMT</pubDate><description>" + description
        + "</description>"
        + (content == null ? "" : "<content:encoded><![CDATA[" + content
            + "]]></content:encoded>")
        + "</item>";
  }

  private FeedFollower open(FeedFollower.Options options) {
    FeedFollower follower = FeedFollower.open(dir.resolve("feeds"), options,
        ArticleReader.defaults(), articles -> {
          stored.addAll(articles);
          return articles.stream().map(a -> true).toList();
        });
    followers.add(follower);
    return follower;
  }

  @AfterEach
  void close() {
    followers.forEach(FeedFollower::close);
    site.close();
  }

  static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static FeedStatus status(FeedFollower follower, String url) {
    return follower.feeds().stream().filter(f -> f.url().equals(url)).findFirst().orElseThrow();
  }

  private void serveNews() {
    site.put("/bridge.html", "text/html", "<html><head><title>Bridge reopens</title></head><body>"
        + "<article><p>Traffic returned to the harbour bridge on Monday morning after six months"
        + " of repairs, the city transport office said.</p><p>Engineers replaced forty corroded"
        + " cables under the eastern span and resurfaced the deck before the reopening.</p>"
        + "</article></body></html>");
    site.put("/news.rss", "application/rss+xml", rss("Harbour Post", "",
        item("p-1", "Bridge reopens", site.url("/bridge.html"), "Traffic is back.", null),
        item("p-2", "Storm warning", null, "Winds expected.",
            "<p>The weather service warned of winds of up to 110 kilometres an hour.</p>")));
  }

  @Test
  void newEntriesAreStoredOnceTeasersReadFromTheirPageAndUnchangedFeedsAskedConditionally() {
    serveNews();
    FeedFollower follower = open(FAST);
    String feed = site.url("/news.rss");

    FeedStatus first = follower.follow(feed, "Post");
    await("three 304s", () -> site.notModified("/news.rss") >= 3);

    assertThat(first.status()).isEqualTo("new");
    assertThat(stored).hasSize(2);
    assertThat(stored.get(0).text()).contains("forty corroded cables");
    assertThat(stored.get(0).source()).isEqualTo("Harbour Post");
    assertThat(stored.get(1).text()).startsWith("The weather service warned");
    assertThat(stored).extracting(Article::id).allMatch(id -> id.startsWith("127.0.0.1-"));
    assertThat(site.hits("/bridge.html")).isEqualTo(1);
    FeedStatus now = status(follower, feed);
    assertThat(now.status()).isEqualTo("unchanged");
    assertThat(now.title()).isEqualTo("Harbour Post");
    assertThat(now.articles()).isEqualTo(2);
    assertThat(site.userAgents()).containsOnly(PageFetcher.USER_AGENT);

    // one more entry: only it is stored
    site.put("/news.rss", "application/rss+xml", rss("Harbour Post", "",
        item("p-3", "Ferries stop", null, "Ferries to the islands stop on Thursday.", null),
        item("p-1", "Bridge reopens", site.url("/bridge.html"), "Traffic is back.", null),
        item("p-2", "Storm warning", null, "Winds expected.",
            "<p>The weather service warned of winds of up to 110 kilometres an hour.</p>")));
    await("the third article", () -> stored.size() == 3);
    await("an unchanged poll after it", () -> status(follower, feed).status().equals("unchanged"));
    assertThat(stored.get(2).title()).isEqualTo("Ferries stop");
    assertThat(stored).hasSize(3);
    assertThat(site.hits("/bridge.html")).isEqualTo(1);
  }

  @Test
  void aRestartResumesWithoutTakingAnythingTwice() {
    serveNews();
    String feed = site.url("/news.rss");
    FeedFollower first = open(FAST.withInterval(Duration.ofHours(1)));
    first.follow(feed, null);
    await("the first poll", () -> status(first, feed).status().equals("ok"));
    first.close();
    // the feed is rewritten with the same entries (a new ETag): nothing new in it
    serveNews();

    FeedFollower second = open(FAST.withInterval(Duration.ofHours(1)));
    assertThat(second.feeds()).singleElement().satisfies(f -> {
      assertThat(f.url()).isEqualTo(feed);
      assertThat(f.articles()).isEqualTo(2);
      assertThat(f.nextPoll()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
    });
    second.pollAll();

    assertThat(stored).hasSize(2);
    assertThat(site.hits("/bridge.html")).isEqualTo(1);
    assertThat(status(second, feed).polls()).isEqualTo(2);
    assertThat(status(second, feed).status()).isEqualTo("ok");
  }

  @Test
  void badFeedsAreMarkedFailingAndTheGoodOneIsStillRead() throws Exception {
    serveNews();
    site.put("/broken.rss", "application/rss+xml", "<rss version=\"2.0\"><channel><item>");
    site.put("/bomb.rss", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss ["
        + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String down = "http://127.0.0.1:" + closedPort + "/feed.xml";
    FeedFollower follower = open(FAST.withInterval(Duration.ofHours(1)));
    List<String> bad = List.of(down, site.url("/slow"), site.url("/huge"),
        site.url("/broken.rss"), site.url("/bomb.rss"), site.url("/missing.rss"));
    for (String url : bad) {
      follower.follow(url, null);
    }
    follower.follow(site.url("/news.rss"), null);

    await("every first poll", () -> follower.feeds().stream().allMatch(f -> f.polls() >= 1
        && !f.status().equals("new")));

    assertThat(stored).hasSize(2);
    assertThat(status(follower, site.url("/news.rss")).status()).isEqualTo("ok");
    for (String url : bad) {
      assertThat(status(follower, url).status()).as(url).isEqualTo("failing");
      assertThat(status(follower, url).failures()).as(url).isEqualTo(1);
    }
    assertThat(status(follower, down).problem()).endsWith("connection refused or host unreachable");
    assertThat(status(follower, site.url("/slow")).problem())
        .endsWith("no complete answer within 600 ms");
    assertThat(status(follower, site.url("/huge")).problem())
        .endsWith("larger than the limit of 1 MB");
    assertThat(status(follower, site.url("/broken.rss")).problem())
        .startsWith(site.url("/broken.rss") + " is not a readable RSS or Atom feed");
    assertThat(status(follower, site.url("/bomb.rss")).problem())
        .contains("declares a DOCTYPE, which is refused");
    assertThat(status(follower, site.url("/missing.rss")).problem())
        .endsWith("HTTP 404 (not found)");
  }

  @Test
  void ttlAndRetryAfterPutTheNextPollFurtherOff() {
    site.put("/ttl.rss", "application/rss+xml", rss("Slow news", "<ttl>60</ttl>",
        item("t-1", "Quiet day", null, "Nothing happened in the harbour today.", null)));
    FeedFollower follower = open(FAST);

    follower.follow(site.url("/ttl.rss"), null);
    follower.follow(site.url("/busy"), null);
    await("both polled", () -> follower.feeds().stream().allMatch(f -> f.polls() == 1
        && !f.status().equals("new")));

    FeedStatus ttl = status(follower, site.url("/ttl.rss"));
    assertThat(Duration.between(ttl.lastFetch(), ttl.nextPoll()))
        .isGreaterThanOrEqualTo(Duration.ofMinutes(60));
    FeedStatus busy = status(follower, site.url("/busy"));
    assertThat(busy.problem()).endsWith("HTTP 503 (unavailable)");
    assertThat(Duration.between(busy.lastFetch(), busy.nextPoll()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void onlyHttpAddressesAreFollowed() {
    FeedFollower follower = open(FAST);

    assertThatThrownBy(() -> follower.follow("file:///etc/passwd", null))
        .isInstanceOf(PrecisException.class)
        .hasMessage("'file:///etc/passwd' is not an http or https address");
    assertThat(follower.feeds()).isEmpty();
  }
}
