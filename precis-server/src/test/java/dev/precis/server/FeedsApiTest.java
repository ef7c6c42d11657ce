package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.fetch.LocalSite;
import dev.precis.fetch.PageFetcher;
import dev.precis.follow.FeedFollower;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST and GET /api/feeds: feeds followed into the same stories as POST /api/articles. */
class FeedsApiTest {
  private static final String TOKEN = "feeds-test-token-0123456789";

  @TempDir Path dir;

  private final LocalSite site = LocalSite.feeds();
  private PrecisServer server;

  static PrecisServer.Config config(Path data) {
    return PrecisServer.Config.defaults(data).withPort(0)
        .withFollow(FeedFollower.Options.defaults().withInterval(Duration.ofMillis(200))
            .withFetch(PageFetcher.Options.defaults().withTimeout(Duration.ofSeconds(2))
                .withPerHostInterval(Duration.ZERO)));
  }

  /** Two outlets' feeds about one harbour story, and a third item of their own. */
  static void serveHarbourFeeds(LocalSite site) {
    site.put("/post.rss", "application/rss+xml", """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Harbour Post</title>
          <item><guid>post-1</guid><title>Harbour bridge reopens after repairs</title>
            <pubDate>Mon, 02 Mar 2026 07:30:00 GMT</pubDate>
            <description>Traffic returned to the harbour bridge on Monday after six months of
            repairs to its corroded cables, the city transport office said.</description></item>
          <item><guid>post-2</guid><title>Library opens on Sundays</title>
            <pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
            <description>The city library will open on Sundays from April, from ten to four.
            </description></item>
        </channel></rss>
        """);
    site.put("/wire.atom", "application/atom+xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>City Wire</title><id>urn:wire</id>
          <updated>2026-03-02T10:00:00Z</updated>
          <entry><title>Bridge open again after six months of repairs</title><id>urn:wire:1</id>
            <updated>2026-03-02T08:10:00Z</updated>
            <content type="html">&lt;p&gt;The harbour bridge reopened to traffic on Monday
            after six months of repairs to its corroded cables.&lt;/p&gt;</content></entry>
        </feed>
        """);
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    site.close();
  }

  static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void followedFeedsBecomeStoriesAndAreListed() {
    serveHarbourFeeds(site);
    server = PrecisServer.start(config(dir.resolve("data")));
    Http http = new Http(server.url());

    Http.Response added = http.post("/api/feeds", "{\"url\": \"" + site.url("/post.rss") + "\"}");
    Http.Response again = http.post("/api/feeds", "{\"url\": \"" + site.url("/post.rss") + "\"}");
    http.post("/api/feeds", "{\"url\": \"" + site.url("/wire.atom") + "\", \"title\": \"Wire\"}");

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("followed").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("followed").asBoolean()).isFalse();
    await("both feeds read", () -> {
      JsonNode feeds = http.get("/api/feeds").json().get("feeds");
      return feeds.size() == 2 && feeds.get(0).get("articles").asInt()
          + feeds.get(1).get("articles").asInt() == 3;
    });
    JsonNode feeds = http.get("/api/feeds").json().get("feeds");
    assertThat(feeds.get(0).get("title").asText()).isEqualTo("Harbour Post");
    assertThat(feeds.get(0).get("status").asText()).isIn("ok", "unchanged");
    assertThat(feeds.get(0).get("lastFetch").asText()).isNotBlank();
    assertThat(feeds.get(1).get("title").asText()).isEqualTo("City Wire");
    JsonNode stories = http.get("/api/stories?sort=size").json();
    // the two outlets' bridge reports are one story (three articles are too few for the
    // clusterer's word statistics to keep the library apart reliably, so only this is asserted)
    JsonNode biggest = stories.get("stories").get(0);
    assertThat(biggest.get("title").asText()).as(stories.toString()).containsIgnoringCase("bridge");
    assertThat(biggest.get("articles").size()).isGreaterThanOrEqualTo(2);
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(3);
  }

  @Test
  void restartsResumeTheFollowedFeedsWithoutStoringTwice() {
    serveHarbourFeeds(site);
    Path data = dir.resolve("data");
    server = PrecisServer.start(config(data));
    server.feeds().follow(site.url("/post.rss"), null);
    await("the feed read", () -> server.feeds().feeds().get(0).articles() == 2);
    server.close();

    serveHarbourFeeds(site); // new ETags, same entries
    server = PrecisServer.start(config(data));
    server.feeds().pollAll();

    assertThat(server.feeds().feeds()).singleElement()
        .satisfies(f -> assertThat(f.articles()).isEqualTo(2));
    assertThat(new Http(server.url()).get("/api/health").json().get("articles").asInt())
        .isEqualTo(2);
  }

  @Test
  void anEntryStoredBeforeACrashIsNotStoredAgainWhenItsPageChanged() throws Exception {
    site.put("/teaser.rss", "application/rss+xml", "<rss version=\"2.0\"><channel>"
        + "<title>Briefs</title><item><guid>b-1</guid><title>Bridge reopens</title><link>"
        + site.url("/bridge.html") + "</link><description>Traffic is back.</description>"
        + "</item></channel></rss>");
    String page = "<html><body><article><p>Traffic returned to the harbour bridge on Monday "
        + "after six months of repairs, the city transport office said.</p><p>Engineers "
        + "replaced forty corroded cables under the eastern span.</p>%s</article></body></html>";
    site.put("/bridge.html", "text/html", page.formatted(""));
    Path data = dir.resolve("data");
    server = PrecisServer.start(config(data));
    server.feeds().follow(site.url("/teaser.rss"), null);
    await("the entry stored", () -> server.feeds().feeds().get(0).articles() == 1);
    server.close();
    // a crash before the feed's state was saved: the service has the article, not the state
    try (var files = Files.list(data.resolve(PrecisServer.FEEDS_DIR))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    site.put("/bridge.html", "text/html",
        page.formatted("<p>Updated: buses return on Wednesday.</p>"));

    server = PrecisServer.start(config(data));
    server.feeds().follow(site.url("/teaser.rss"), null);
    server.feeds().pollAll();

    assertThat(server.feeds().feeds()).singleElement().satisfies(f -> {
      assertThat(f.status()).isIn("ok", "unchanged");
      assertThat(f.articles()).isZero();
    });
    assertThat(new Http(server.url()).get("/api/health").json().get("articles").asInt())
        .isEqualTo(1);
  }

  @Test
  void badRequestsAreRefusedWithAMessage() {
    server = PrecisServer.start(config(dir.resolve("data")));
    Http http = new Http(server.url());

    Http.Response file = http.post("/api/feeds", "{\"url\": \"file:///etc/passwd\"}");
    Http.Response none = http.post("/api/feeds", "{\"title\": \"x\"}");
    Http.Response form = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(server.url() + "api/feeds"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("url=http://x/")));

    assertThat(file.status()).isEqualTo(400);
    assertThat(file.json().get("message").asText())
        .isEqualTo("'file:///etc/passwd' is not an http or https address");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("message").asText()).contains("the address of an RSS or Atom feed");
    assertThat(form.status()).isEqualTo(415);
    assertThat(http.get("/api/feeds").json().get("feeds")).isEmpty();
  }

  @Test
  void followingNeedsTheTokenWhenTheServerHasOne() throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    server = PrecisServer.start(config(dir.resolve("data")).withTokenFile(tokenFile));
    Http http = new Http(server.url());
    String body = "{\"url\": \"" + site.url("/post.rss") + "\"}";

    Http.Response refused = http.post("/api/feeds", body);
    Http.Response accepted = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(server.url() + "api/feeds"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + TOKEN)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("message").asText())
        .startsWith("following feeds needs the server's access token");
    assertThat(accepted.status()).isEqualTo(201);
  }
}
