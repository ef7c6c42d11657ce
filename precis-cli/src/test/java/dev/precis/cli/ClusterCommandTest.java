package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path articles;
  private Path gold;

  /** Runs a command the way {@code precis} does: PrecisException is exit 2 and one line. */
  static CliRun run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("precis: " + e.getMessage());
      return e instanceof PrecisException ? 2 : 1;
    });
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private static String line(String id, String title, String date, String text)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    if (title != null) {
      m.put("title", title);
    }
    if (date != null) {
      m.put("date", date);
    }
    m.put("text", text);
    return JSON.writeValueAsString(m) + "\n";
  }

  @BeforeEach
  void writeStream() throws IOException {
    articles = dir.resolve("stream.jsonl");
    Files.writeString(articles,
        line("port-1", "Velmora dock workers strike over automation", "2024-05-06",
            "Dock workers at the port of Velmora walked off the job on Monday to protest a plan "
                + "to automate two container terminals.")
        + line("bake-1", "Corran bakery wins national bread prize", "2024-05-06",
            "A family bakery in Corran won the national bread prize on Monday for its rye loaf.")
        + line("port-2", "Velmora port strike enters second day", "2024-05-07",
            "The strike by Velmora dock workers against terminal automation entered its second "
                + "day on Tuesday, with ships waiting outside the port.")
        + line("bake-2", null, "7 May 2024",
            "The Corran bakery that won the national bread prize said orders for its rye loaf "
                + "had tripled.")
        + line("port-3", "Velmora port talks", null,
            "Talks between the Velmora port authority and the striking dock workers began."));
    gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "port-1\tport\nport-2\tport\nport-3\tport\nbake-1\tbakery\n"
        + "bake-2\tbakery\n");
  }

  @Test
  void clustersToJson() throws IOException {
    CliRun run = run(new ClusterCommand(), "--articles", articles.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode stories = JSON.readTree(run.out()).get("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("id").asText()).isEqualTo("port-1");
    assertThat(List.of(stories.get(0).get("articles").get(0).asText(),
        stories.get(0).get("articles").get(1).asText(),
        stories.get(0).get("articles").get(2).asText()))
        .containsExactlyInAnyOrder("port-1", "port-2", "port-3");
    assertThat(stories.get(1).get("id").asText()).isEqualTo("bake-1");
    assertThat(stories.get(1).get("title").asText()).isEqualTo(
        "Corran bakery wins national bread prize");
    assertThat(stories.get(1).get("first_date").asText()).isEqualTo("2024-05-06");
    assertThat(stories.get(1).get("last_date").asText()).isEqualTo("2024-05-07");
    JsonNode options = JSON.readTree(run.out()).get("options");
    assertThat(options.get("method").asText()).isEqualTo("learned");
    assertThat(options.get("embeddings").asBoolean()).isFalse();
    assertThat(options.get("weights").has("relative_terms")).isTrue();
  }

  @Test
  void clustersToText() {
    CliRun run = run(new ClusterCommand(), articles.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("2 stories in 5 articles\n")
        .contains("  id bake-1, 2 articles, 2024-05-06 to 2024-05-07\n");
  }

  @Test
  void embeddingsFlagRunsTheModelAndRecordsItsWeight() throws IOException {
    CliRun run = run(new ClusterCommand(), "--articles", articles.toString(), "--embeddings",
        "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode stories = JSON.readTree(run.out()).get("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("articles")).hasSize(3);
    JsonNode options = JSON.readTree(run.out()).get("options");
    assertThat(options.get("embeddings").asBoolean()).isTrue();
    assertThat(options.get("weights").get("embedding").asDouble()).isPositive();
    assertThat(options.get("embedding_model").asText()).startsWith("all-MiniLM-L6-v2");
  }

  @Test
  void embeddingsOnAFeedOfHeadlines() throws IOException {
    Path feed = dir.resolve("headlines.jsonl");
    Files.writeString(feed,
        line("h1", "Velmora dock workers strike", null, "Velmora dock workers strike")
        + line("h2", "Ships wait outside Velmora as port walkout goes on", null,
            "Ships wait outside Velmora as port walkout goes on")
        + line("h3", "Corran bakery wins national bread prize", null,
            "Corran bakery wins national bread prize"));
    CliRun run = run(new ClusterCommand(), "--articles", feed.toString(), "--embeddings",
        "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode stories = JSON.readTree(run.out()).get("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("articles")).hasSize(2);
  }

  @Test
  void articlesFileIsJsonLinesWhateverItsNameInEveryStreamCommand() throws IOException {
    Path feed = Files.copy(articles, dir.resolve("feed.txt"));
    CliRun cluster = run(new ClusterCommand(), "--articles", feed.toString());
    assertThat(cluster.exitCode()).as(cluster.err()).isZero();
    assertThat(cluster.out()).startsWith("2 stories in 5 articles");
    CliRun dedup = run(new DedupCommand(), "--articles", feed.toString());
    assertThat(dedup.out()).startsWith("5 articles, 5 unique");
    // given as INPUT, a .txt file is one article of plain text
    CliRun asText = run(new ClusterCommand(), feed.toString());
    assertThat(asText.out()).startsWith("1 story in 1 article");
    CliRun directory = run(new ClusterCommand(), "--articles", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory, not a file of JSON lines");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    CliRun none = run(new ClusterCommand());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).startsWith("precis: no input given");
    CliRun format = run(new ClusterCommand(), articles.toString(), "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).isEqualTo("precis: unknown format 'xml'; valid formats: text, json\n");
    CliRun threshold = run(new ClusterCommand(), articles.toString(), "--threshold", "1.5");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err()).contains("between 0 and 1");
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, line("x", "A headline alone", null, ""));
    CliRun blank = run(new ClusterCommand(), empty.toString());
    // the article reader wants a body even when there is a headline (see the report)
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("empty.jsonl:1: article has no text");
  }

  @Test
  void evalClusterWithGold() throws IOException {
    CliRun run = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("metrics").get("bcubed_f1").asDouble()).isEqualTo(1.0);
    assertThat(root.get("stories_found").asInt()).isEqualTo(2);
    assertThat(root.get("gold_stories").asInt()).isEqualTo(2);
    assertThat(root.get("options").get("merge_threshold").isNumber()).isTrue();
    CliRun text = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString());
    assertThat(text.out()).contains("BCubed P 1.0000  R 1.0000  F1 1.0000")
        .contains("stories found 2 (gold 2)");
    Files.writeString(gold, "port-1\tport\nport-2\tport\nport-3\tbakery\nbake-1\tbakery\n"
        + "bake-2\tbakery\n");
    CliRun errors = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--errors", "3");
    assertThat(errors.out()).contains("mixed stories (found story, size: gold stories and their "
        + "articles in it)\n  port-1, 3: port 2 bakery 1\n")
        .contains("split gold stories (gold story, size: found stories holding its articles)\n"
        + "  bakery, 3: bake-1 2 port-1 1\n");
  }

  @Test
  void evalClusterOnHeldOutHalves() throws IOException {
    Files.writeString(articles, line("flood-1", "Wend floods Marlow", null,
            "The river Wend burst its banks at Marlow on Sunday, flooding two hundred homes.")
        + line("flood-2", "Marlow cleans up after Wend flood", null,
            "Families flooded out when the Wend burst its banks at Marlow began cleaning up.")
        + line("school-1", "Brenton board votes to close Hillcrest Elementary", null,
            "The Brenton school board voted to close Hillcrest Elementary, citing enrolment.")
        + line("school-2", "Hillcrest parents protest closure", null,
            "Parents at Hillcrest Elementary protested the Brenton school board's vote."),
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(gold, "flood-1\tflood\nflood-2\tflood\nschool-1\tschool\n"
        + "school-2\tschool\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun text = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--held-out", "4");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("held out: 4 halves of the gold stories, BCubed F1 lowest "
        + "1.0000  mean 1.0000  highest 1.0000\n  mean BCubed P 1.0000  R 1.0000\n"
        + "  F1 per half: 1.0000 1.0000 1.0000 1.0000\n");
    CliRun json = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--held-out", "2", "--format", "json");
    JsonNode h = JSON.readTree(json.out()).get("held_out");
    assertThat(h.get("halves").asInt()).isEqualTo(2);
    assertThat(h.get("f1")).hasSize(2);
    assertThat(h.get("mean_f1").asDouble()).isEqualTo(1.0);
    assertThat(h.get("mean_recall").asDouble()).isEqualTo(1.0);
    CliRun negative = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--held-out", "-1");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("--held-out must be 0 to 100, not -1");
    CliRun many = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--held-out", "1000000");
    assertThat(many.exitCode()).isEqualTo(2);
    assertThat(many.err()).contains("--held-out must be 0 to 100, not 1000000");
  }

  @Test
  void theStreamCommandsRunOnTheEvaluationStreams() throws IOException {
    Path shared = dir.resolve("shared");
    Path mn = Files.createDirectories(shared.resolve("data/multinews"));
    Files.writeString(mn.resolve("sample100.jsonl"), topic("multinews-1",
        "Dock workers at the port of Velmora walked off the job on Monday over automation.",
        "The strike by Velmora dock workers against automation entered its second day.")
        + topic("multinews-2",
        "A family bakery in Corran won the national bread prize for its rye loaf.",
        "The Corran bakery that won the national bread prize said rye orders had tripled."));
    Path uci = Files.createDirectories(shared.resolve("data/uci-news"));
    Files.writeString(uci.resolve("head6366.csv"), String.join("\n",
        "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP",
        "1,Velmora dock workers strike over automation,http://a.example/1,Wire,b,S1,a.example,"
            + "1394470370698",
        "2,Velmora dock workers strike over automation,http://b.example/2,Daily,b,S1,b.example,"
            + "1394470371207",
        "3,Corran bakery wins national bread prize,http://c.example/3,Post,e,S2,c.example,"
            + "1394470371550") + "\n");
    CliRun cluster = run(new ClusterCommand(), "--stream", "multinews", "--shared",
        shared.toString());
    assertThat(cluster.exitCode()).as(cluster.err()).isZero();
    assertThat(cluster.out()).startsWith("2 stories in 4 articles");
    CliRun dedup = run(new DedupCommand(), "--stream", "uci", "--shared", shared.toString());
    assertThat(dedup.exitCode()).as(dedup.err()).isZero();
    assertThat(dedup.out()).startsWith("3 articles, 2 unique, 1 duplicate group");
    assertThat(dedup.err()).contains("precis: note: uci: headlines only");
    CliRun digest = CliRun.of("digest", "--stream", "uci", "--shared", shared.toString(), "-q");
    assertThat(digest.exitCode()).as(digest.err()).isZero();
    assertThat(digest.out()).startsWith("# Digest: 2 stories from 3 articles (2 after removing "
        + "copies)").contains("No summary: headlines only");
    CliRun both = run(new ClusterCommand(), "--stream", "uci", "--shared", shared.toString(),
        articles.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give either --stream or INPUT / --articles, not both");
    CliRun unknown = run(new ClusterCommand(), "--stream", "reuters", "--shared",
        shared.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown stream 'reuters'");
  }

  @Test
  void theLanguageComesFromTheFlagOrTheStream() throws IOException {
    Path shared = dir.resolve("shared");
    Path tac = Files.createDirectories(shared.resolve("data/tac2011-multiling"));
    Files.writeString(tac.resolve("french.jsonl"), topic("M001",
        "Les dockers du port de Velmora ont cessé le travail lundi contre l'automatisation.",
        "La grève des dockers de Velmora contre l'automatisation des terminaux continue.")
        + topic("M002",
        "Une boulangerie familiale de Corran a remporté le prix national du pain de seigle.",
        "La boulangerie de Corran, primée pour son pain de seigle, a triplé ses commandes."));
    CliRun stream = run(new ClusterCommand(), "--stream", "tac2011-french", "--shared",
        shared.toString(), "--format", "json", "-q");
    assertThat(stream.exitCode()).as(stream.err()).isZero();
    JsonNode result = JSON.readTree(stream.out());
    assertThat(result.get("options").get("language").asText()).isEqualTo("french");
    assertThat(result.get("stories")).hasSize(2);
    CliRun flag = run(new ClusterCommand(), "--articles", articles.toString(), "--language",
        "fr", "--format", "json");
    assertThat(flag.exitCode()).as(flag.err()).isZero();
    assertThat(JSON.readTree(flag.out()).get("options").get("language").asText())
        .isEqualTo("french");
    CliRun flagWins = run(new ClusterCommand(), "--stream", "tac2011-fr", "--shared",
        shared.toString(), "--language", "english", "--format", "json", "-q");
    assertThat(flagWins.exitCode()).as(flagWins.err()).isZero();
    assertThat(JSON.readTree(flagWins.out()).get("options").get("language").asText())
        .isEqualTo("english");
    CliRun eval = run(new EvalClusterCommand(), "--stream", "tac2011-french", "--shared",
        shared.toString(), "--format", "json");
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(JSON.readTree(eval.out()).get("options").get("language").asText())
        .isEqualTo("french");
    CliRun digest = CliRun.of("digest", "--stream", "tac2011-french", "--shared",
        shared.toString(), "-q", "--format", "json");
    assertThat(digest.exitCode()).as(digest.err()).isZero();
    JsonNode digestJson = JSON.readTree(digest.out());
    assertThat(digestJson.get("stories")).hasSize(2);
    assertThat(digestJson.get("clustering").get("language").asText()).isEqualTo("french");
    assertThat(digestJson.get("stories").get(0).get("summary").get("parameters")
        .get("language").asText()).isEqualTo("french");
    CliRun embeddings = run(new ClusterCommand(), "--stream", "tac2011-french", "--shared",
        shared.toString(), "--embeddings");
    assertThat(embeddings.exitCode()).isEqualTo(2);
    assertThat(embeddings.err()).contains("--embeddings reads English only")
        .contains("read as french (the language of the stream)");
    CliRun unknown = run(new ClusterCommand(), "--articles", articles.toString(), "--language",
        "klingon");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown language 'klingon'");
  }

  private static String topic(String id, String first, String second) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "documents", List.of(
        Map.of("id", id + "-0", "text", first), Map.of("id", id + "-1", "text", second)),
        "references", List.of())) + "\n";
  }

  @Test
  void heldOutNeedsFourStories() {
    CliRun two = run(new EvalClusterCommand(), "--articles", articles.toString(), "--gold",
        gold.toString(), "--held-out", "3");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("held-out halves need a stream of at least 4 gold stories");
  }

  @Test
  void idsRepeatedAcrossInputAndArticlesAreRenamedAndStdinServesArticles() throws IOException {
    CliRun both = run(new ClusterCommand(), articles.toString(), "--articles",
        articles.toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(both.out()).startsWith("2 stories in 10 articles");
    assertThat(both.err()).contains("precis: warning: duplicate article id 'port-1'");
    CliRun quiet = run(new DedupCommand(), articles.toString(), "--articles",
        articles.toString(), "-q");
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(Files.newInputStream(articles));
      CliRun piped = run(new ClusterCommand(), "--articles", "-");
      assertThat(piped.exitCode()).as(piped.err()).isZero();
      assertThat(piped.out()).startsWith("2 stories in 5 articles");
    } finally {
      System.setIn(stdin);
    }
    Path array = dir.resolve("array.json");
    Files.writeString(array, "[{\"id\": \"one\", \"text\": \"Dock workers at Velmora struck.\"}]");
    CliRun fromArray = run(new ClusterCommand(), "--articles", array.toString());
    assertThat(fromArray.exitCode()).as(fromArray.err()).isZero();
    assertThat(fromArray.out()).startsWith("1 story in 1 article");
  }

  @Test
  void aFeedOverTheFileLimitIsRefusedWithTheOptionThatRaisesIt() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; lines.length() < 1_200_000; i++) {
      lines.append(line("a" + i, "Velmora dock workers strike", "2024-05-06",
          "Dock workers at the port of Velmora walked off the job on Monday."));
    }
    Files.writeString(feed, lines);
    for (Object command : List.of(new ClusterCommand(), new DedupCommand())) {
      CliRun small = run(command, "--max-file-mb", "1", feed.toString());
      assertThat(small.exitCode()).isEqualTo(2);
      assertThat(small.err()).startsWith("precis: " + feed).contains("1 MB per file")
          .endsWith("(raise it with --max-file-mb)\n");
    }
    CliRun zero = run(new ClusterCommand(), "--max-file-mb", "0", feed.toString());
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("precis: --max-file-mb must be between 1 and 2047, not 0\n");
    for (String big : List.of("2048", "8796093022208")) {
      CliRun tooBig = run(new DedupCommand(), "--max-file-mb", big, "--articles", feed.toString());
      assertThat(tooBig.exitCode()).isEqualTo(2);
      assertThat(tooBig.err()).isEqualTo(
          "precis: --max-file-mb must be between 1 and 2047, not " + big + "\n");
    }
    CliRun fits = run(new ClusterCommand(), feed.toString());
    assertThat(fits.exitCode()).as(fits.err()).isZero();
    assertThat(fits.out()).startsWith("1 story in ");
  }

  @Test
  void evalClusterNeedsAStreamOrArticlesWithGold() {
    CliRun neither = run(new EvalClusterCommand());
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give --stream duc2003|duc2003-task2|duc2003-task4|");
    CliRun both = run(new EvalClusterCommand(), "--stream", "uci", "--articles",
        articles.toString(), "--gold", gold.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    CliRun unknown = run(new EvalClusterCommand(), "--stream", "reuters", "--shared",
        dir.toString());
    assertThat(unknown.err()).contains("unknown stream 'reuters'");
    CliRun missing = run(new EvalClusterCommand(), "--stream", "uci", "--shared",
        dir.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("not found; --shared must name");
  }
}
