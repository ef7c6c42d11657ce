package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and OPML on the command line: digest and summarize read them like any input. */
class FeedInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String POST = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Harbour Evening Post</title><link>https://post.example.org/</link>
          <item><title>Harbour bridge reopens after six months of repairs</title>
            <guid>post-1</guid><pubDate>Mon, 02 Mar 2026 07:30:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>Traffic returned to the harbour bridge on Monday
            morning after six months of repairs, the city transport office said.</p><p>Engineers
            replaced forty corroded cables under the eastern span and resurfaced the deck.</p>]]>
            </content:encoded></item>
          <item><title>Storm warning for the coast on Thursday</title>
            <guid>post-2</guid><pubDate>Tue, 03 Mar 2026 16:05:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>The weather service warned of winds of up to 110
            kilometres an hour along the coast on Thursday.</p><p>Ferries to the islands may be
            cancelled on Thursday.</p>]]></content:encoded></item>
        </channel>
      </rss>
      """;

  private static final String TIMES = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Island Times</title>
        <id>urn:times</id><updated>2026-03-03T20:00:00Z</updated>
        <entry><title>Ferries may stop as storm nears the coast</title><id>urn:times:1</id>
          <updated>2026-03-03T19:30:00Z</updated>
          <content type="html">&lt;p&gt;Ferries to the islands may be cancelled on Thursday as a
          storm with winds of up to 110 kilometres an hour nears the coast.&lt;/p&gt;</content>
        </entry>
        <entry><title>Bridge back in use after repairs</title><id>urn:times:2</id>
          <updated>2026-03-02T09:00:00Z</updated>
          <content type="html">&lt;p&gt;The harbour bridge reopened to traffic on Monday after
          six months of repairs to its corroded cables.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @Test
  void digestOfAnOpmlFileGivesStoriesAndSummaries() throws IOException {
    Files.writeString(dir.resolve("post.rss"), POST);
    Files.writeString(dir.resolve("times.atom"), TIMES);
    Path opml = dir.resolve("desk.opml");
    Files.writeString(opml, """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>Desk</title></head><body>
          <outline text="Post" xmlUrl="post.rss"/><outline text="Times" xmlUrl="times.atom"/>
        </body></opml>
        """);

    CliRun run = CliRun.of("digest", opml.toString(), "--format", "json", "-q");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode digest = JSON.readTree(run.out());
    assertThat(digest.get("articles").asInt()).isEqualTo(4);
    JsonNode stories = digest.get("stories");
    assertThat(stories).hasSize(2);
    for (JsonNode story : stories) {
      assertThat(story.get("articles")).hasSize(2);
      assertThat(story.get("summary").get("sentences")).isNotEmpty();
    }
  }

  @Test
  void summarizeReadsAFeedAddressAndFetchesTeaserPages() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String feed = """
        <rss version="2.0"><channel><title>Briefs</title>
          <item><title>Harbour bridge reopens</title><link>BASE/bridge</link>
            <description>Traffic is back on the bridge.</description></item>
        </channel></rss>
        """.replace("BASE", base);
    String page = """
        <html><head><title>Harbour bridge reopens</title></head><body><article>
        <p>Traffic returned to the harbour bridge on Monday morning after six months of repairs,
        the city transport office said on Monday.</p>
        <p>Engineers replaced forty corroded cables under the eastern span and resurfaced the
        deck, and buses return to their old routes on Wednesday.</p>
        </article></body></html>
        """;
    server.createContext("/feed.xml", ex -> respond(ex, feed));
    server.createContext("/bridge", ex -> respond(ex, page));
    server.start();
    try {
      CliRun teaser = CliRun.of("summarize", base + "/feed.xml", "-q");
      CliRun fetched = CliRun.of("summarize", "--fetch", "--fetch-interval", "0",
          base + "/feed.xml", "-q");

      assertThat(teaser.exitCode()).as(teaser.err()).isZero();
      assertThat(teaser.out()).contains("Traffic is back on the bridge.");
      assertThat(fetched.exitCode()).as(fetched.err()).isZero();
      assertThat(fetched.out()).contains("forty corroded cables");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anXmlBombIsOneLineOfError() throws IOException {
    Path bomb = dir.resolve("bomb.xml");
    Files.writeString(bomb, """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <rss version="2.0"><channel><title>&b;</title></channel></rss>
        """);

    CliRun run = CliRun.of("digest", bomb.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("precis: " + bomb + " declares a DOCTYPE, which is "
        + "refused: feeds and OPML files never need one, and its entities could expand without "
        + "bound or read other files");
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (exchange) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
