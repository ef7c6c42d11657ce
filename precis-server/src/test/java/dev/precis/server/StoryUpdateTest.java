package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/stories/{id}?since=}: the update summary of a stored story. */
class StoryUpdateTest {
  static final Path STORY =
      Path.of(System.getProperty("precis.root", "..")).resolve("examples/flood-update");

  @TempDir static Path dir;
  static PrecisServer server;
  static Http http;
  static String storyId;

  @BeforeAll
  static void start() throws IOException {
    server = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("data")).withPort(0));
    http = new Http(server.url());
    assertThat(http.post("/api/articles", floodArticles(List.of("a-valley-herald.json",
        "b-northern-wire.json", "c-valley-herald.json", "d-coastline-news.json"))).status())
        .isEqualTo(200);
    JsonNode stories = http.get("/api/stories").json().get("stories");
    assertThat(stories).hasSize(1);
    storyId = stories.get(0).get("id").asText();
  }

  /** The example's articles as a {@code POST /api/articles} body. */
  static ObjectNode floodArticles(List<String> files) throws IOException {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    for (String file : files) {
      list.add(Json.read(Files.readString(STORY.resolve(file))));
    }
    return body;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sinceGivesTheUpdateSummaryWithItsCounts() {
    Http.Response r = http.get("/api/stories/" + storyId + "?since=2026-03-10");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode story = r.json();
    assertThat(story.get("since").asText()).isEqualTo("2026-03-10");
    assertThat(story.get("newArticles").asInt()).isEqualTo(2);
    assertThat(story.get("seenArticles").asInt()).isEqualTo(2);
    assertThat(story.get("undatedArticles").asInt()).isZero();
    assertThat(story.get("sources")).hasSize(4);
    JsonNode sentences = story.get("summary").get("sentences");
    assertThat(sentences).isNotEmpty();
    for (JsonNode s : sentences) {
      assertThat(s.get("text").asText()).doesNotContain("200 homes");
      for (JsonNode source : s.get("sources")) {
        assertThat(source.asText()).isIn("c-valley-herald", "d-coastline-news");
      }
    }
    assertThat(story.get("summary").get("parameters").get("since").asText())
        .isEqualTo("2026-03-10");
    // without since, the story's whole summary as before
    JsonNode whole = http.get("/api/stories/" + storyId).json();
    assertThat(whole.has("since")).isFalse();
    assertThat(whole.get("summary").get("sentences").toString()).contains("a-valley-herald");
  }

  @Test
  void nothingNewIsANullSummaryWithTheMessage() {
    JsonNode story = http.get("/api/stories/" + storyId + "?since=2026-03-11T09:00Z").json();
    assertThat(story.get("newArticles").asInt()).isZero();
    assertThat(story.get("summary").isNull()).isTrue();
    assertThat(story.get("note").asText())
        .isEqualTo("nothing new since 2026-03-11T09:00Z: all 4 articles are dated before it");
  }

  @Test
  void seenIdsCountAsReadWhateverTheirDate() {
    JsonNode story = http.get("/api/stories/" + storyId
        + "?seen=a-valley-herald,b-northern-wire,c-valley-herald").json();
    assertThat(story.get("since").isNull()).isTrue();
    assertThat(story.get("newArticles").asInt()).isEqualTo(1);
    assertThat(story.get("seenArticles").asInt()).isEqualTo(3);
    assertThat(story.get("message").asText())
        .isEqualTo("1 new article; 3 already seen, left out with what they say");
    for (JsonNode s : story.get("summary").get("sentences")) {
      assertThat(s.get("sources").get(0).asText()).isEqualTo("d-coastline-news");
    }
  }

  @Test
  void aBadDateIs400WithTheReason() {
    Http.Response r = http.get("/api/stories/" + storyId + "?since=tuesday");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText())
        .startsWith("cannot read the date 'tuesday' for 'since'");
  }
}
