package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP on a random loopback port, with one store for the whole class. */
class ApiTest {
  @TempDir static Path dir;
  static PrecisServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("data")).withPort(0)
        .withMaxBodyBytes(64 * 1024));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void summarizeAnswersWithTheCliJsonAndMarksSources() {
    Http.Response r = http.post("/api/summarize", Newsroom.flood());
    assertThat(r.status()).isEqualTo(200);
    JsonNode summary = r.json();

    List<Article> articles = List.of(
        new Article("gazette", Newsroom.FLOOD_GAZETTE_TITLE, "2026-04-14", null, null, null,
            Newsroom.FLOOD_GAZETTE),
        new Article("herald", Newsroom.FLOOD_HERALD_TITLE, "2026-04-14", null, null, null,
            Newsroom.FLOOD_HERALD),
        new Article("post", Newsroom.FLOOD_POST_TITLE, "2026-04-15", null, null, null,
            Newsroom.FLOOD_POST));
    JsonNode direct = SummaryWriter.toJson(
        new SummaryPipeline(SummaryOptions.defaults()).summarize(articles));
    // byte for byte what the library (and so `precis summarize --format json`) writes
    assertThat(r.body()).isEqualTo(Json.write(direct));

    Map<String, String> texts = new HashMap<>();
    articles.forEach(a -> texts.put(a.id(), a.text()));
    assertThat(summary.get("sentences").size()).isGreaterThan(1);
    boolean multiSource = false;
    for (JsonNode s : summary.get("sentences")) {
      String text = texts.get(s.get("article").asText());
      int start = s.get("offsets").get(0).asInt();
      int end = s.get("offsets").get(1).asInt();
      String span = text.substring(start, end);
      // sentences may be shortened, never reworded: each word is in the span it points to
      for (String word : s.get("text").asText().split("\\s+")) {
        assertThat(span).contains(word.replaceAll("^[\"“]|[\"”,.]+$", ""));
      }
      for (JsonNode e : s.get("evidence")) {
        String other = texts.get(e.get("article").asText());
        assertThat(e.get("offsets").get(1).asInt()).isLessThanOrEqualTo(other.length());
        assertThat(e.get("match").asText()).isIn("wording", "paraphrase");
      }
      multiSource |= s.get("sources").size() > 1;
    }
    assertThat(multiSource).as("the evacuation is told by all three outlets").isTrue();
  }

  @Test
  void summarizeTakesWordsAndMethodAndIgnoresUnknownFields() {
    ObjectNode body = Newsroom.flood();
    body.put("words", 30);
    body.put("method", "lead");
    body.put("colour", "blue");
    ((ObjectNode) body.get("articles").get(0)).put("section", "local news");
    JsonNode summary = http.post("/api/summarize", body).json();
    assertThat(summary.get("method").asText()).isEqualTo("lead");
    assertThat(summary.get("parameters").get("budget").asInt()).isEqualTo(30);
    assertThat(summary.get("sentences").get(0).get("article").asText()).isEqualTo("gazette");
  }

  @Test
  void summarizeTakesTheArticlesLanguage() {
    ObjectNode body = Json.object();
    body.putArray("articles").add(Newsroom.article("crue", null, null, "La Loire est sortie de "
        + "son lit à Saumur dimanche. Les pompiers ont évacué des familles dans les quartiers bas "
        + "de la ville, et la préfecture a ouvert un gymnase pour la nuit."));
    body.put("language", "fr");
    JsonNode summary = http.post("/api/summarize", body).json();
    assertThat(summary.get("parameters").get("language").asText()).isEqualTo("french");
    body.put("language", "klingon");
    assertError(http.post("/api/summarize", body), 400, "unknown language 'klingon'; known: "
        + "english (en), french (fr)");
    body.put("language", 5);
    assertError(http.post("/api/summarize", body), 400, "language should be a string");
  }

  @Test
  void theApiAndThePageListEveryLanguageTheSummarizerKnows() {
    JsonNode spec = http.get("/api/openapi.json").json();
    List<String> described = new ArrayList<>();
    spec.get("components").get("schemas").get("SummarizeRequest").get("properties")
        .get("language").get("enum").forEach(l -> described.add(l.asText()));
    List<String> known = new ArrayList<>();
    for (Language language : Language.values()) {
      known.add(language.label());
      known.add(language.code());
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(known);
    String page = http.get("/").body();
    String select = page.substring(page.indexOf("<select id=\"language\">"));
    select = select.substring(0, select.indexOf("</select>"));
    List<String> offered = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"([a-z]+)\"").matcher(select);
    while (m.find()) {
      offered.add(m.group(1));
    }
    assertThat(offered).containsExactlyElementsOf(
        java.util.Arrays.stream(Language.values()).map(Language::label).toList());
  }

  @Test
  void articlesWithoutIdsAreNumbered() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    list.add(Newsroom.article(null, null, null, Newsroom.TRAM_COURIER));
    list.add(Newsroom.article(null, null, null, Newsroom.TRAM_TIMES));
    JsonNode summary = http.post("/api/summarize", body).json();
    assertThat(summary.get("articles").findValuesAsText("id")).containsExactly("1", "2");
  }

  @Test
  void badRequestsGetA4xxWithAMessage() {
    assertError(http.post("/api/summarize", "{\"articles\": [{\"text\": "), 400, "invalid JSON");
    assertError(http.post("/api/summarize", ""), 400, "no body");
    assertError(http.post("/api/summarize", "[1, 2]"), 400, "JSON object, not an array");
    assertError(http.post("/api/summarize", "{\"articles\": []}"), 400, "empty list");
    assertError(http.post("/api/summarize", "{\"text\": \"x\"}"), 400, "no \"articles\"");
    assertError(http.post("/api/summarize", "{\"articles\": {}}"), 400,
        "articles should be an array, not an object");
    assertError(http.post("/api/summarize", "{\"articles\": [{\"title\": \"Only a title\"}]}"),
        400, "articles[0] has no text");
    assertError(http.post("/api/summarize", "{\"articles\": [{\"text\": \"a b c\", \"title\": 7}]}"),
        400, "articles[0].title should be a string, not a number");
    assertError(http.post("/api/summarize", "{\"articles\": [{\"text\": \"a\", \"id\": \"x\"},"
        + " {\"text\": \"b\", \"id\": \"x\"}]}"), 400, "repeats the id 'x'");
    ObjectNode body = Newsroom.tram();
    body.put("words", 0);
    assertError(http.post("/api/summarize", body), 400, "words must be between 1 and 2000");
    body.put("words", "many");
    assertError(http.post("/api/summarize", body), 400, "words should be a whole number");
    body.remove("words");
    body.put("method", "magic");
    assertError(http.post("/api/summarize", body), 400, "lexrank");
  }

  @Test
  void bodiesOverTheLimitAreRefused() {
    ObjectNode body = Json.object();
    body.putArray("articles").add(Newsroom.article(null, null, null,
        Newsroom.FLOOD_GAZETTE.repeat(200)));
    assertError(http.post("/api/summarize", body), 413, "larger than the limit of 0.1 MB");
    assertThat(http.get("/api/health").status()).isEqualTo(200);
  }

  @Test
  void unknownRoutesAndMethodsAreJsonErrors() {
    assertError(http.get("/api/nothing-here"), 404, "/api/openapi.json");
    assertError(http.get("/api/articles/no-such-article"), 404, "no article with id 'no-such-article'");
    assertError(http.get("/api/summarize"), 405, "does not take that method");
  }

  @Test
  void ingestStoresOnceAndRefusesAConflictingId() {
    ObjectNode body = Json.object();
    body.putArray("articles")
        .add(Newsroom.article("ingest-1", Newsroom.TRAM_TITLE, "2026-03-02", Newsroom.TRAM_COURIER))
        .add(Newsroom.article(null, "Kalvik tram", null, Newsroom.TRAM_TIMES));
    JsonNode first = http.post("/api/articles", body).json();
    assertThat(first.get("articles").get(0).get("id").asText()).isEqualTo("ingest-1");
    String madeId = first.get("articles").get(1).get("id").asText();
    assertThat(madeId).startsWith("a-");

    JsonNode again = http.post("/api/articles", body).json();
    assertThat(again.get("added").asInt()).isZero();
    assertThat(again.get("articles").findValuesAsText("id")).containsExactly("ingest-1", madeId);
    assertThat(again.get("articles").findValuesAsText("status")).containsOnly("exists");

    JsonNode stored = http.get("/api/articles/ingest-1").json();
    assertThat(stored.get("text").asText()).isEqualTo(Newsroom.TRAM_COURIER);
    assertThat(stored.get("date").asText()).isEqualTo("2026-03-02");
    assertThat(http.get("/api/articles/" + madeId).json().get("title").asText())
        .isEqualTo("Kalvik tram");

    ObjectNode conflict = Json.object();
    conflict.putArray("articles").add(Newsroom.article("ingest-1", null, null, "Other text."));
    assertError(http.post("/api/articles", conflict), 409, "already stored with different content");
  }

  @Test
  void ingestTakesADateAsANumberAndWarnsOfADateItCannotRead() {
    ObjectNode body = Json.object();
    ObjectNode epoch = Newsroom.article("dated-epoch", null, null, Newsroom.TRAM_COURIER);
    epoch.put("date", 1772409600000L);
    body.putArray("articles").add(epoch)
        .add(Newsroom.article("dated-unread", null, "03/04/2026", Newsroom.TRAM_TIMES));
    JsonNode answer = http.post("/api/articles", body).json();

    assertThat(answer.get("articles").get(0).has("warning")).isFalse();
    assertThat(answer.get("articles").get(1).get("warning").asText()).isEqualTo("the date"
        + " \"03/04/2026\" cannot be read (day and month could be either way round), so the"
        + " article counts as undated");
    assertThat(http.get("/api/articles/dated-epoch").json().get("date").asText())
        .isEqualTo("2026-03-02T00:00:00Z");
    assertThat(http.get("/api/articles/dated-unread").json().get("date").asText())
        .isEqualTo("03/04/2026");

    ObjectNode yes = Json.object();
    yes.putArray("articles").addObject().put("date", true).put("text", "Trams ran.");
    assertError(http.post("/api/articles", yes), 400,
        "articles[0].date should be a string or a number");
  }

  @Test
  void searchFindsArticlesByTheirWords() {
    ObjectNode body = Json.object();
    body.putArray("articles").add(Newsroom.article("search-insurers", Newsroom.FLOOD_POST_TITLE,
        null, Newsroom.FLOOD_POST));
    assertThat(http.post("/api/articles", body).status()).isEqualTo(200);
    JsonNode hits = http.get("/api/search?q=assessors").json();
    assertThat(hits.get("articles").findValuesAsText("id")).containsExactly("search-insurers");
    assertThat(hits.get("articles").get(0).get("snippet").asText()).contains("assessors");
    assertThat(http.get("/api/search?q=%22flood+wall%22").json().get("articles")
        .findValuesAsText("id")).contains("search-insurers");
    assertThat(http.get("/api/search?q=the").json().get("articles").size()).isZero();
    assertError(http.get("/api/search"), 400, "?q=");
    assertError(http.get("/api/search?q=x&limit=0"), 400, "limit must be between 1 and 50");
  }

  @Test
  void extractReadsHtmlPagesAsTheCommandLineDoes() {
    String page = "<html><head><title>Flood wall to be raised</title></head><body><nav>Home | "
        + "News</nav><article><h1>Flood wall to be raised</h1><p>" + Newsroom.FLOOD_POST
        + "</p></article></body></html>";
    ObjectNode body = Json.object();
    body.putArray("files").addObject().put("name", "insurers.html").put("base64",
        java.util.Base64.getEncoder().encodeToString(page.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    JsonNode out = http.post("/api/extract", body).json();
    assertThat(out.get("articles").get(0).get("id").asText()).isEqualTo("insurers");
    assertThat(out.get("articles").get(0).get("text").asText()).contains("assessors")
        .doesNotContain("<p>");
  }

  /** Like the page that ended every run with a StackOverflowError, and /api/extract with a 500. */
  @Test
  void extractReadsAPageNestedFiveThousandDeep() {
    // within this server's 64 KB body limit, and far deeper than Crux may recurse
    String page = "<html><head><title>Harbour fees</title></head><body>" + "<div>".repeat(5_000)
        + "<p>The port authority will raise harbour fees by four per cent from April.</p>"
        + "</div>".repeat(5_000) + "</body></html>";
    ObjectNode body = Json.object();
    body.putArray("files").addObject().put("name", "deep.html").put("content", page);
    Http.Response r = http.post("/api/extract", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("articles").get(0).get("text").asText())
        .isEqualTo("The port authority will raise harbour fees by four per cent from April.");
  }

  @Test
  void summarizeAboutAQueryChoosesTheSentencesAboutIt() {
    ObjectNode body = Newsroom.flood();
    body.put("query", "insurance claims");
    Http.Response r = http.post("/api/summarize", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode summary = r.json();
    assertThat(summary.get("parameters").get("query").asText()).isEqualTo("insurance claims");
    assertThat(summary.get("sentences").size()).isPositive();
    for (JsonNode s : summary.get("sentences")) {
      assertThat(s.get("text").asText()).containsAnyOf("Insurers", "insurers", "claims");
    }
  }

  @Test
  void summarizeRefusesAnEmptyLongOrUnrelatedQuery() {
    ObjectNode body = Newsroom.flood();
    body.put("query", " ");
    assertError(http.post("/api/summarize", body), 400, "the query is empty");
    body.put("query", "flood ".repeat(100)); // stripped: 599
    assertError(http.post("/api/summarize", body), 400, "the query has 599 characters; at most 500");
    body.put("query", 7);
    assertError(http.post("/api/summarize", body), 400, "query should be a string");
    body.put("query", "volcanic eruption");
    assertError(http.post("/api/summarize", body), 422,
        "nothing about 'volcanic eruption' in the articles: no sentence uses its words");
  }

  @Test
  void verifyGivesEachSummarySentenceItsVerdict() {
    ObjectNode body = Newsroom.flood();
    body.put("summary", "About 600 people were evacuated from Alderbrook on Tuesday when the "
        + "River Alder burst its banks after three days of heavy rain.\n"
        + "Forecasters expect the river to peak on Friday evening, with more rain due before "
        + "Thursday.\n"
        + "The county opened a new hospital wing for children in March.");
    Http.Response r = http.post("/api/verify", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode out = r.json();
    assertThat(out.get("supported").asInt()).isEqualTo(1);
    assertThat(out.get("contradicted").asInt()).isEqualTo(1);
    assertThat(out.get("unsupported").asInt()).isEqualTo(1);
    JsonNode sentences = out.get("sentences");
    assertThat(sentences.get(0).get("evidence").get(0).get("match").asText()).isEqualTo("wording");
    assertThat(sentences.get(1).get("conflicts").get(0).get("what").asText())
        .isEqualTo("weekday friday against wednesday");
    assertThat(sentences.get(2).get("verdict").asText()).isEqualTo("unsupported");
  }

  @Test
  void verifyNeedsASummary() {
    assertError(http.post("/api/verify", Newsroom.flood()), 400, "no \"summary\" to verify");
    ObjectNode body = Newsroom.flood();
    body.put("summary", 5);
    assertError(http.post("/api/verify", body), 400, "summary should be a string");
  }

  @Test
  void verifyTakesJsonOnlyAndNoPageOfAnotherOrigin() {
    ObjectNode body = Newsroom.flood();
    body.put("summary", "The River Alder burst its banks.");
    assertError(http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(server.url() + "/api/verify"))
        .header("Content-Type", "text/plain")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(body)))), 415,
        "send the body as JSON");
    assertError(http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(server.url() + "/api/verify"))
        .header("Content-Type", "application/json")
        .header("Origin", "https://elsewhere.example")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(body)))), 403, "");
  }

  @Test
  void openApiDescribesExactlyTheApiRoutes() {
    JsonNode spec = http.get("/api/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    TreeSet<String> described = new TreeSet<>();
    spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " "
            + p.getKey())));
    TreeSet<String> routes = new TreeSet<>();
    for (String r : server.routes()) {
      if (r.split(" ")[1].startsWith("/api/")) {
        routes.add(r);
      }
    }
    assertThat(described).isEqualTo(routes);
  }

  @Test
  void pagesAreServedFromTheJarWithNothingFromElsewhere() {
    for (String path : List.of("/", "/stories", "/search", "/stories/some-id", "/verify")) {
      Http.Response page = http.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body()).contains("/assets/app.js").doesNotContain("http://", "https://");
    }
    assertThat(http.get("/assets/app.js").body()).contains("renderSummary");
    assertThat(http.get("/assets/missing.js").status()).isEqualTo(404);
  }

  @Test
  void healthCountsStoredArticles() {
    JsonNode health = http.get("/api/health").json();
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("articles").asInt()).isGreaterThanOrEqualTo(0);
    assertThat(health.get("language").asText()).isEqualTo("english");
  }

  static void assertError(Http.Response r, int status, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode json = r.json();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("message").asText()).contains(messagePart);
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
