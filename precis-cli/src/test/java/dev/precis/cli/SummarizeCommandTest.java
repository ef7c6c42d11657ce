package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void summarizesADirectoryWithAttribution() throws IOException {
    NewsFixture.write(dir);
    CliRun run = CliRun.of("summarize", dir.toString(), "--words", "60", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    // the default method, learned, is ilp on a story of 4 articles or more
    assertThat(summary.get("method").asText()).isEqualTo("learned");
    assertThat(summary.get("sentences")).isNotEmpty();
    int words = 0;
    for (JsonNode s : summary.get("sentences")) {
      words += s.get("text").asText().split("\\s+").length;
      assertThat(s.get("sources").get(0).asText()).isEqualTo(s.get("article").asText());
      assertThat(s.get("support").asInt()).isEqualTo(s.get("sources").size());
    }
    assertThat(words).isLessThanOrEqualTo(60);
    // the wire story rewrites the harbour one: summarized once, both credited
    assertThat(summary.get("notes").toString()).contains("1 article was a copy of another");
    JsonNode ships = find(summary, "halted the loading of 14 ships");
    assertThat(ships).isNotNull();
    assertThat(ships.get("sources")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("harbour", "wire");
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    NewsFixture.write(dir);
    for (String format : List.of("text", "markdown", "json", "html")) {
      CliRun a = CliRun.of("summarize", dir.toString(), "--format", format);
      CliRun b = CliRun.of("summarize", dir.toString(), "--format", format);
      assertThat(a.exitCode()).isZero();
      assertThat(a.out()).isEqualTo(b.out()).isNotBlank();
    }
  }

  @Test
  void textFormatMarksSourcesAndListsThem() throws IOException {
    NewsFixture.write(dir);
    CliRun run = CliRun.of("summarize", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Sources").contains("[1] business: Port automation dispute")
        .containsPattern("\\.\\s(\\[\\d])+\\n");
  }

  @Test
  void htmlIsEscapedAndSelfContained() throws IOException {
    Files.writeString(dir.resolve("x.txt"), "Headline <script>\n\n"
        + "The mayor said <script>alert(1)</script> was found in the city's web page on Monday.\n"
        + "Officials said the city's web page was repaired by engineers on Tuesday night.\n");
    CliRun run = CliRun.of("summarize", dir.toString(), "--format", "html");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>")
        .contains("&lt;script&gt;").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void budgetsInSentencesAndBytes() throws IOException {
    NewsFixture.write(dir);
    CliRun sentences = CliRun.of("summarize", dir.toString(), "--sentences", "2", "-f", "json");
    assertThat(JSON.readTree(sentences.out()).get("sentences")).hasSize(2);
    CliRun bytes = CliRun.of("summarize", dir.toString(), "--bytes", "300", "-f", "json");
    int total = -1;
    for (JsonNode s : JSON.readTree(bytes.out()).get("sentences")) {
      total += s.get("text").asText().getBytes(StandardCharsets.UTF_8).length + 1;
    }
    assertThat(total).isLessThanOrEqualTo(300);
  }

  @Test
  void datasetModeWritesOneLinePerCluster() throws IOException {
    String cluster = """
        {"id": "C1", "documents": [{"id": "d1", "text": %s}, {"id": "d2", "text": %s}], \
        "references": [{"id": "A", "text": "Dock workers struck."}]}""";
    Path dataset = dir.resolve("set.jsonl");
    Files.writeString(dataset, cluster.formatted(JSON.writeValueAsString(NewsFixture.HARBOUR),
        JSON.writeValueAsString(NewsFixture.WIRE)) + "\n"
        + cluster.replace("C1", "C2").formatted(JSON.writeValueAsString(NewsFixture.BUSINESS),
            JSON.writeValueAsString(NewsFixture.WIRE)) + "\n");
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("summarize", "--dataset", dataset.toString(), "--out", out.toString(),
        "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("C1");
    assertThat(first.get("summary").asText()).contains("\n").contains("Velmora");
  }

  @Test
  void aDatasetBadHalfWayLeavesTheEarlierSummariesAsTheyWere() throws IOException {
    Path dataset = Files.writeString(dir.resolve("set.jsonl"),
        "{\"id\": \"C1\", \"documents\": [{\"id\": \"d1\", \"text\": "
            + JSON.writeValueAsString(NewsFixture.HARBOUR) + "}]}\n"
            + "{\"id\": \"C2\", \"documents\": [\n");
    Path out = Files.writeString(dir.resolve("out.jsonl"), "yesterday's summaries\n");
    assertError(CliRun.of("summarize", "--dataset", dataset.toString(), "--out", out.toString(),
        "--quiet"), "set.jsonl line 2: invalid JSON");
    assertThat(out).hasContent("yesterday's summaries");
    assertThat(dir.resolve("out.jsonl.part")).doesNotExist();

    String before = Files.readString(dataset);
    assertError(CliRun.of("summarize", "--dataset", dataset.toString(), "--out",
        dir.resolve(".").resolve("set.jsonl").toString(), "--quiet"), "is the dataset itself");
    assertThat(dataset).hasContent(before);

    // a good run replaces the file and leaves nothing beside it
    Files.writeString(dataset, before.substring(0, before.indexOf('\n') + 1));
    CliRun run = CliRun.of("summarize", "--dataset", dataset.toString(), "--out", out.toString(),
        "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1).allMatch(l -> l.startsWith("{\"id\":\"C1\""));
    assertThat(dir.resolve("out.jsonl.part")).doesNotExist();
  }

  @Test
  void datasetModeWritesTheSameWhateverTheThreads() throws IOException {
    String cluster = """
        {"id": "%s", "documents": [{"id": "d1", "text": %s}, {"id": "d2", "text": %s}]}""";
    List<String> texts = List.of(NewsFixture.HARBOUR, NewsFixture.WIRE, NewsFixture.BUSINESS);
    StringBuilder lines = new StringBuilder();
    for (int c = 0; c < 7; c++) {
      lines.append(cluster.formatted("C" + c, JSON.writeValueAsString(texts.get(c % 3)),
          JSON.writeValueAsString(texts.get((c + 1) % 3)))).append('\n');
      if (c == 3) {
        // a cluster that fails is recorded in its place and the run goes on
        lines.append("{\"id\": \"empty\", \"documents\": [{\"id\": \"x\", \"text\": \"Share\"}]}\n");
      }
    }
    Path dataset = Files.writeString(dir.resolve("set.jsonl"), lines);
    String one = null;
    for (String threads : List.of("1", "3")) {
      Path out = dir.resolve("out-" + threads + ".jsonl");
      CliRun run = CliRun.of("summarize", "--dataset", dataset.toString(), "--out",
          out.toString(), "--threads", threads);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains("precis: cluster empty: ");
      String written = Files.readString(out);
      assertThat(written.lines().map(l -> l.substring(0, l.indexOf(',')))).containsExactly(
          "{\"id\":\"C0\"", "{\"id\":\"C1\"", "{\"id\":\"C2\"", "{\"id\":\"C3\"",
          "{\"id\":\"empty\"", "{\"id\":\"C4\"", "{\"id\":\"C5\"", "{\"id\":\"C6\"");
      if (one == null) {
        one = written;
      } else {
        assertThat(written).isEqualTo(one);
      }
    }
    assertError(CliRun.of("summarize", "--dataset", dataset.toString(), "--out",
        dir.resolve("x.jsonl").toString(), "--threads", "0"), "--threads must be 1 or more");
    assertThat(dir.resolve("x.jsonl")).doesNotExist();
    NewsFixture.write(Files.createDirectories(dir.resolve("story")));
    assertError(CliRun.of("summarize", dir.resolve("story").toString(), "--threads", "2"),
        "--threads works with --dataset");
  }

  @Test
  void emptyInputIsAClearError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertError(CliRun.of("summarize", empty.toString()), "empty.txt is empty");
    assertError(CliRun.of("summarize"), "nothing to summarize");
  }

  @Test
  void directoryWithNothingReadableIsAClearError() throws IOException {
    Files.write(dir.resolve("photo.png"), new byte[] {1, 2, 3});
    assertError(CliRun.of("summarize", dir.toString()), "no readable articles");
  }

  @Test
  void articleWithoutSentencesIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("share.txt"), "Share this article\n\nSubscribe\n");
    assertError(CliRun.of("summarize", file.toString()), "no sentences");
  }

  @Test
  void binaryFileIsAClearError() throws IOException {
    Path file = dir.resolve("image.txt");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    assertError(CliRun.of("summarize", file.toString()), "looks binary");
  }

  @Test
  void fiftyMegabyteFileIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    assertError(CliRun.of("summarize", file.toString()), "huge.txt is 50.0 MB; the limit is 10 MB");
  }

  @Test
  void invalidJsonLineNamesFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\": \"a\", \"text\": \"Dock workers struck in Velmora on Monday morning.\"}\n{oops\n");
    CliRun run = CliRun.of("summarize", file.toString());
    assertError(run, "feed.jsonl:2");
  }

  @Test
  void aQueryKeepsToTheSentencesAboutItAndIsRecorded() throws IOException {
    NewsFixture.write(dir);
    CliRun run = CliRun.of("summarize", dir.toString(), "--query", "shipping delays",
        "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("parameters").get("query").asText()).isEqualTo("shipping delays");
    // stemmed: "ships" is a query word too
    assertThat(summary.get("sentences")).isNotEmpty().allSatisfy(s ->
        assertThat(s.get("text").asText()).containsAnyOf("Shipping", "ships", "delays"));
    assertThat(summary.get("sentences")).noneSatisfy(s ->
        assertThat(s.get("text").asText()).contains("cranes"));
  }

  @Test
  void aQueryTheArticlesSayNothingAboutIsAClearError() throws IOException {
    NewsFixture.write(dir);
    assertError(CliRun.of("summarize", dir.toString(), "--query", "football transfers"),
        "precis: nothing about 'football transfers' in the articles: no sentence uses its words "
            + "(footbal, transfer)");
    assertError(CliRun.of("summarize", dir.toString(), "--query", " "),
        "precis: the query is empty");
  }

  @Test
  void unknownMethodListsTheValidOnes() throws IOException {
    NewsFixture.write(dir);
    CliRun run = CliRun.of("summarize", dir.toString(), "--method", "magic");
    assertError(run, "unknown method 'magic'; valid methods: lead, round-robin");
  }

  @Test
  void nonPositiveBudgetIsAClearError() throws IOException {
    NewsFixture.write(dir);
    assertError(CliRun.of("summarize", dir.toString(), "--words", "0"), "must be positive");
    assertError(CliRun.of("summarize", dir.toString(), "--sentences", "-3"), "must be positive");
  }

  @Test
  void unknownFormatAndLanguageAreClearErrors() throws IOException {
    NewsFixture.write(dir);
    assertError(CliRun.of("summarize", dir.toString(), "--format", "pdf"), "unknown format 'pdf'");
    assertError(CliRun.of("summarize", dir.toString(), "--language", "klingon"),
        "unknown language 'klingon'");
  }

  @Test
  void fiveThousandArticlesArePrunedAndSaySo() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      feed.append(JSON.writeValueAsString(java.util.Map.of("id", "a" + i, "text",
          "Dock workers in port number " + i + " walked off the job on Monday over automation. "
              + "The strike halted the loading of " + (i % 40) + " ships in the harbour district. "
              + "Union leaders said talks with the port authority would resume next week.")))
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve("stream.jsonl"), feed);
    // near-identical wire copies: with dedup they collapse, and the output says so
    CliRun run = CliRun.of("summarize", file.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("notes").toString()).contains("were copies");
    // taken as they are, they are too many candidates and are pruned first
    run = CliRun.of("summarize", file.toString(), "--format", "json", "--no-dedup");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("notes").toString()).contains("pruned");
    assertThat(summary.get("sentences")).isNotEmpty();
  }

  @Test
  void anOutputPathThatCannotBeAFileIsOneLineAndExitTwo() throws IOException {
    NewsFixture.write(dir);
    CliRun intoDirectory = CliRun.of("summarize", dir.toString(), "-o", dir.toString());
    assertError(intoDirectory, "precis: -o " + dir + " is a directory; give a file name, e.g. "
        + dir.resolve("summary.txt"));
    Path missing = dir.resolve("no/such/dir/x.txt");
    CliRun intoNowhere = CliRun.of("summarize", dir.toString(), "-o", missing.toString());
    assertError(intoNowhere, "precis: -o " + missing + ": the directory " + missing.getParent()
        + " does not exist");
    CliRun dataset = CliRun.of("summarize", "--dataset", dir.resolve("harbour.txt").toString(),
        "--out", dir.toString());
    assertError(dataset, "precis: -o " + dir + " is a directory");
    assertThat(intoNowhere.err().lines()).hasSize(1);
  }

  @Test
  void theLargestByteBudgetGivesASummary() throws IOException {
    NewsFixture.write(dir);
    CliRun run = CliRun.of("summarize", dir.toString(), "--bytes", "2147483647");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("[1]").contains("Sources");
  }

  @Test
  void aPageNestedTenThousandDeepIsReadAndTheDirectoryWithIt() throws IOException {
    NewsFixture.write(dir);
    Files.writeString(dir.resolve("deep.html"), "<html><head><title>Harbour fees</title></head>"
        + "<body>" + "<div>".repeat(10_000) + "<p>The port authority will raise harbour fees by "
        + "four per cent from April, its chairman told the council on Monday.</p>"
        + "</div>".repeat(10_000) + "</body></html>");
    CliRun run = CliRun.of("summarize", dir.toString(), "--format", "json", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(JSON.readTree(run.out()).get("articles")).extracting(a -> a.get("id").asText())
        .containsExactly("business", "deep", "harbour", "wire");
  }

  @Test
  void anEmptySummarySaysWhy() throws IOException {
    Path transcript = Files.writeString(dir.resolve("transcript.txt"),
        "the harbour workers union and the port authority met again on ".repeat(20_000));
    CliRun run = CliRun.of("summarize", transcript.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Note: the summary is empty: no sentence fits within the "
        + "budget of 100 words (the shortest is 220,000 words)");
  }

  private static void assertError(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  private static JsonNode find(JsonNode summary, String text) {
    for (JsonNode s : summary.get("sentences")) {
      if (s.get("text").asText().contains(text)) {
        return s;
      }
    }
    return null;
  }
}
