package dev.precis.server;

import static dev.precis.server.ApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest groups articles into stories, folds copies into their original's story, survives a restart. */
class StoriesTest {
  @TempDir Path dir;

  /** The Gazette's flood report as a wire service re-ran it: new dateline, a few words changed. */
  static final String FLOOD_WIRE_COPY = Newsroom.FLOOD_GAZETTE
      .replace("ALDERBROOK, April 14 - ", "ALDERBROOK (Regional Wire) - ")
      .replace("early on Tuesday", "on Tuesday morning")
      .replace("No injuries had been reported", "Nobody had been hurt");

  @Test
  void ingestBuildsStoriesThatSurviveARestart() {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir).withPort(0);
    List<String> before;
    int total;
    try (PrecisServer server = PrecisServer.start(config)) {
      Http http = new Http(server.url());
      ObjectNode both = Newsroom.flood();
      Newsroom.tram().get("articles").forEach(((com.fasterxml.jackson.databind.node.ArrayNode)
          both.get("articles"))::add);
      JsonNode added = http.post("/api/articles", both).json();
      assertThat(added.get("added").asInt()).isEqualTo(5);
      String floodStory = storyOf(added, "gazette");
      String tramStory = storyOf(added, "courier-tram");
      // how far a story reaches is the clusterer's call; these pairs tell one event
      assertThat(storyOf(added, "herald")).isEqualTo(floodStory);
      assertThat(storyOf(added, "times-tram")).isEqualTo(tramStory);
      assertThat(tramStory).isNotEqualTo(floodStory);
      List<String> changed = new ArrayList<>();
      added.get("stories_changed").forEach(n -> changed.add(n.asText()));
      assertThat(changed).contains(floodStory, tramStory);

      ObjectNode copy = Json.object();
      copy.putArray("articles").add(Newsroom.article("wire-flood", "Hundreds flee as River Alder "
          + "floods Alderbrook", "2026-04-14", FLOOD_WIRE_COPY));
      JsonNode copied = http.post("/api/articles", copy).json();
      // the copy joins the flood story: that story changed, the tram story did not
      assertThat(copied.get("stories_changed").toString())
          .isEqualTo("[\"" + floodStory + "\"]");
      JsonNode dup = copied.get("articles").get(0);
      assertThat(dup.get("status").asText()).isEqualTo("duplicate");
      assertThat(dup.get("duplicateOf").asText()).isEqualTo("gazette");
      assertThat(dup.get("story").asText()).isEqualTo(floodStory);

      JsonNode bySize = http.get("/api/stories?sort=size").json();
      total = bySize.get("total").asInt();
      assertThat(total).isBetween(2, 3);
      JsonNode first = bySize.get("stories").get(0);
      assertThat(first.get("id").asText()).isEqualTo(floodStory);
      List<String> floodIds = new ArrayList<>();
      first.get("articles").forEach(n -> floodIds.add(n.asText()));
      assertThat(floodIds).contains("gazette", "wire-flood", "herald");
      assertThat(floodIds.indexOf("wire-flood")).isEqualTo(floodIds.indexOf("gazette") + 1);
      assertThat(first.get("size").asInt()).isEqualTo(floodIds.size());
      // the flood (April) is newer than the tram vote (March)
      List<String> recent = http.get("/api/stories?sort=recent").json().get("stories")
          .findValuesAsText("id");
      assertThat(recent.indexOf(floodStory)).isLessThan(recent.indexOf(tramStory));
      assertThat(http.get("/api/stories?size=1&page=2").json().get("stories").size()).isOne();
      assertThat(http.get("/api/stories?page=99").json().get("stories").size()).isZero();

      JsonNode story = http.get("/api/stories/" + floodStory).json();
      JsonNode sentences = story.get("summary").get("sentences");
      assertThat(sentences.size()).isGreaterThan(1);
      // the copy is a source of the story but is not summarized a second time
      assertThat(story.get("sources").findValuesAsText("id")).contains("wire-flood");
      assertThat(story.get("summary").get("articles").findValuesAsText("id"))
          .contains("gazette", "herald").doesNotContain("wire-flood");
      assertThat(story.get("quotes").findValuesAsText("speaker")).contains("Helen Castell");
      assertThat(story.get("entities").findValuesAsText("name")).contains("Alderbrook");
      // made once, then read from the store: the same bytes
      assertThat(http.get("/api/stories/" + floodStory).body())
          .isEqualTo(http.get("/api/stories/" + floodStory).body());

      assertThat(http.get("/api/articles/herald").json().get("story").asText())
          .isEqualTo(floodStory);
      JsonNode hits = http.get("/api/search?q=tram").json();
      assertThat(hits.get("stories").findValuesAsText("id")).containsExactly(tramStory);
      assertThat(hits.get("articles").findValuesAsText("story")).containsOnly(tramStory);

      assertError(http.get("/api/stories/no-such-story"), 404, "no story with id 'no-such-story'");
      assertError(http.get("/api/stories?sort=oldest"), 400, "sort must be recent or size");
      assertError(http.get("/api/stories?size=500"), 400, "size must be between 1 and 100");
      before = storyList(http);
    }

    try (PrecisServer server = PrecisServer.start(config)) {
      Http http = new Http(server.url());
      assertThat(storyList(http)).isEqualTo(before);
      assertThat(http.get("/api/articles/wire-flood").json().get("duplicateOf").asText())
          .isEqualTo("gazette");
      JsonNode health = http.get("/api/health").json();
      assertThat(health.get("articles").asInt()).isEqualTo(6);
      assertThat(health.get("stories").asInt()).isEqualTo(total);
    }
  }

  @Test
  void aStoryOfHeadlinesOnlyHasNoSummaryButANote() {
    try (PrecisServer server = PrecisServer.start(PrecisServer.Config.defaults(dir).withPort(0))) {
      Http http = new Http(server.url());
      ObjectNode body = Json.object();
      // what a headline feed sends: the body repeats the headline, which the text pipeline
      // drops as a repeated title, leaving no sentence
      body.putArray("articles")
          .add(Newsroom.article("h1", "Alderbrook floods", "2026-04-14", "Alderbrook floods"))
          .add(Newsroom.article("h2", "River Alder floods Alderbrook", "2026-04-14",
              "River Alder floods Alderbrook"));
      String story = http.post("/api/articles", body).json().get("articles").get(0).get("story")
          .asText();
      JsonNode page = http.get("/api/stories/" + story).json();
      assertThat(page.get("summary").isNull()).isTrue();
      assertThat(page.get("note").asText()).startsWith("no summary: nothing to summarize");
      assertThat(page.get("sources").findValuesAsText("id")).contains("h1");
      assertThat(http.get("/api/stories/" + story).status()).isEqualTo(200);
    }
  }

  @Test
  void pagesOfWebNoticesAloneAreInNoStory(@org.junit.jupiter.api.io.TempDir Path own) {
    try (PrecisServer server = PrecisServer.start(PrecisServer.Config.defaults(own).withPort(0))) {
      Http http = new Http(server.url());
      String notice = "These crawls are part of an effort to archive pages as they are created "
          + "and archive the pages that they refer to. That way, as the pages that are "
          + "referenced change or are taken from the web, a link to the version that was live "
          + "when the page was written will be preserved.";
      ObjectNode body = Newsroom.flood();
      // the same failed fetch saved for two stories: exact copies of each other
      ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("articles"))
          .add(Newsroom.article("notice-1", null, "2026-04-14", notice))
          .add(Newsroom.article("notice-2", null, "2026-04-14", notice));
      JsonNode added = http.post("/api/articles", body).json();
      for (JsonNode a : added.get("articles")) {
        boolean failed = a.get("id").asText().startsWith("notice");
        assertThat(a.has("story")).as(a.toString()).isEqualTo(!failed);
      }
      JsonNode stories = http.get("/api/stories?sort=size").json();
      assertThat(stories.get("total").asInt()).isEqualTo(1);
      assertThat(stories.get("stories").get(0).get("articles").findValuesAsText(""))
          .doesNotContain("notice-1");
      assertThat(Json.write(stories)).doesNotContain("notice-");
    }
  }

  /** The core's French fixture: a flood and a chess tournament. */
  private static ObjectNode frenchNews() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    list.add(Newsroom.article("crue-1", null, null, "La Loire est sortie de son lit à Saumur "
        + "dimanche, et les pompiers ont évacué des familles dans les quartiers bas de la ville."));
    list.add(Newsroom.article("crue-2", null, null, "À Saumur, les familles évacuées des "
        + "quartiers inondés par la crue de la Loire ont passé la nuit dans un gymnase."));
    list.add(Newsroom.article("crue-3", null, null, "Les eaux de la Loire baissent lentement à "
        + "Saumur, où les habitants des quartiers inondés sont rentrés chez eux."));
    list.add(Newsroom.article("echecs-1", null, null, "La joueuse d'échecs Ilona Varga a battu "
        + "Tomas Reyes en quarante coups et mène le tournoi de Keswick."));
    list.add(Newsroom.article("echecs-2", null, null, "Ilona Varga a remporté le tournoi "
        + "d'échecs de Keswick après une partie nulle contre Reyes dans la dernière ronde."));
    return body;
  }

  @Test
  void storiesAreFoundAndSummarizedInTheDesksLanguageAndARestartInAnotherRefindsThem() {
    PrecisServer.Config english = PrecisServer.Config.defaults(dir).withPort(0);
    try (PrecisServer server = PrecisServer.start(english)) {
      Http http = new Http(server.url());
      JsonNode added = http.post("/api/articles", frenchNews()).json();
      assertThat(storyOf(added, "crue-2")).isEqualTo(storyOf(added, "crue-3"));
      assertThat(http.get("/api/health").json().get("language").asText()).isEqualTo("english");
      JsonNode story = http.get("/api/stories/crue-1").json();
      assertThat(story.get("summary").get("parameters").get("language").asText())
          .isEqualTo("english");
    }
    PrecisServer.Config french = english.withLanguage(Language.FRENCH);
    try (PrecisServer server = PrecisServer.start(french)) {
      Http http = new Http(server.url());
      assertThat(http.get("/api/health").json().get("language").asText()).isEqualTo("french");
      List<List<String>> stories = new ArrayList<>();
      http.get("/api/stories?sort=size").json().get("stories").forEach(s -> {
        List<String> ids = new ArrayList<>();
        s.get("articles").forEach(a -> ids.add(a.asText()));
        stories.add(ids);
      });
      assertThat(stories).containsExactlyInAnyOrder(List.of("crue-1", "crue-2", "crue-3"),
          List.of("echecs-1", "echecs-2"));
      JsonNode story = http.get("/api/stories/crue-1").json();
      assertThat(story.get("summary").get("parameters").get("language").asText())
          .isEqualTo("french");
    }
  }

  private static String storyOf(JsonNode ingested, String id) {
    for (JsonNode a : ingested.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a.get("story").asText();
      }
    }
    throw new AssertionError("no " + id + " in " + ingested);
  }

  private static List<String> storyList(Http http) {
    List<String> lines = new ArrayList<>();
    http.get("/api/stories?sort=size").json().get("stories").forEach(s -> lines.add(Json.write(s)));
    return lines;
  }
}
