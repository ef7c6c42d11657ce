package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the service stores and shows has no web page furniture. */
class FurnitureIngestTest {
  private static final String PAGE = """
      Thousands of travellers were stranded on Lindholm island on Friday after crews of the Selby \
      Ferry Company walked out over a new rota that would lengthen their shifts to fourteen hours.
      The company cancelled all 38 crossings scheduled for the day, and said it could not say when \
      the service would resume.
      Island hotels fill up as the strike drags on and travellers look for somewhere to stay...
      Regional minister Tomas Hale said he would meet both sides on Monday and urged them to \
      settle before the summer season.
      Associated Press writer Jonas Ebbe in Port Selby contributed to this report.
      """;

  @TempDir Path dir;

  @Test
  void storedArticlesLoseTheirFurnitureAndPostingThemAgainFindsThem() {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir).withPort(0);
    try (PrecisServer server = PrecisServer.start(config)) {
      Http http = new Http(server.url());
      ObjectNode body = Json.object();
      body.putArray("articles").add(Newsroom.article("ferry", "Ferry strike strands thousands",
          "2024-05-10", PAGE));
      JsonNode added = http.post("/api/articles", body).json();
      assertThat(added.get("added").asInt()).isEqualTo(1);
      String text = http.get("/api/articles/ferry").json().get("text").asText();
      assertThat(text).contains("Thousands of travellers were stranded")
          .contains("Tomas Hale").doesNotContain("contributed to this report")
          .doesNotContain("hotels fill up");
      // the same page posted again is the article already stored, not a conflict
      JsonNode again = http.post("/api/articles", body).json();
      assertThat(again.get("articles").get(0).get("status").asText()).isEqualTo("exists");
    }
  }
}
