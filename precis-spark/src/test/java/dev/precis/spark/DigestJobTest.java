package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import dev.precis.digest.Digest;
import dev.precis.digest.DigestBuilder;
import dev.precis.read.ArticleReader;
import dev.precis.render.DigestWriter;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on an embedded Spark ({@code local[2]}) gives the single-machine digest. */
class DigestJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("precis test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path fixture() {
    return Path.of("src/test/resources/stream.jsonl").toAbsolutePath();
  }

  static JobOptions options(Path input, Path output) {
    return new JobOptions(input.toString(), output.toString(), false, false, Language.ENGLISH,
        80, "ilp", "learned", 0, true, 3);
  }

  /** The stories JSON lines of a job's output, in order. */
  static List<String> lines(Path dir) throws IOException {
    List<Path> parts;
    try (Stream<Path> files = Files.list(dir)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path p : parts) {
      lines.addAll(Files.readAllLines(p));
    }
    return lines;
  }

  /** The single-machine digest of the articles the job keeps, every story, as JSON lines. */
  static List<String> singleMachine(List<Article> articles) {
    Digest digest = new DigestBuilder(options(fixture(), fixture()).summaryOptions(),
        Integer.MAX_VALUE, options(fixture(), fixture()).clusterOptions(), null)
        .build(articles);
    return digest.stories().stream().map(s -> DigestWriter.line(DigestWriter.storyJson(s)))
        .toList();
  }

  @Test
  void theJobGivesTheDigestOfOneMachineAndReportsWhatItCouldNotRead() throws IOException {
    Path out = dir.resolve("digest");
    DigestJob.Report report = DigestJob.run(spark, options(fixture(), out),
        new StageLog(null));
    // the good lines, read as the command line reads them (the first of a repeated id kept)
    List<Article> good = new ArrayList<>();
    List<String> text = Files.readAllLines(fixture());
    for (int k = 0; k < text.size(); k++) {
      try {
        Article a = ArticleReader.parseJsonLine(text.get(k), "stream.jsonl", k + 1);
        if (a != null && good.stream().noneMatch(g -> g.id().equals(a.id()))) {
          good.add(a);
        }
      } catch (PrecisException e) {
        // rejected by the job too
      }
    }
    assertThat(lines(out.resolve("stories"))).isEqualTo(singleMachine(good));
    assertThat(report.articles()).isEqualTo(good.size());
    assertThat(report.failedFetches()).isEqualTo(1);
    List<String> rejected = lines(out.resolve("rejected"));
    assertThat(rejected).hasSize(3);
    assertThat(String.join("\n", rejected)).contains("\"line\":12", "invalid JSON")
        .contains("article has no text").contains("duplicate article id 'chess-1'");
    JsonNode duplicates = JSON.readTree(lines(out.resolve("duplicates")).get(0));
    assertThat(duplicates.get("copies").toString()).contains("marlow-1");
    JsonNode written = JSON.readTree(Files.readString(out.resolve("digest.json")));
    assertThat(written.get("articles").asInt()).isEqualTo(good.size());
    assertThat(written.get("stories").asInt()).isEqualTo(lines(out.resolve("stories")).size());
  }

  @Test
  void anExistingOutputIsRefusedUnlessAskedAndAnEmptyInputSaysSo() throws IOException {
    Path out = Files.createDirectories(dir.resolve("taken"));
    assertThatThrownBy(() -> DigestJob.run(spark, options(fixture(), out), new StageLog(null)))
        .isInstanceOf(PrecisException.class).hasMessageContaining("exists; give --overwrite");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> DigestJob.run(spark, options(empty, dir.resolve("o1")),
        new StageLog(null))).isInstanceOf(PrecisException.class)
        .hasMessageContaining("holds no files");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "not json\n{\"id\": 3}\n");
    assertThatThrownBy(() -> DigestJob.run(spark, options(bad, dir.resolve("o2")),
        new StageLog(null))).isInstanceOf(PrecisException.class)
        .hasMessageContaining("no usable article (2 lines rejected)");
    assertThatThrownBy(() -> DigestJob.run(spark, options(dir.resolve("nowhere"),
        dir.resolve("o3")), new StageLog(null))).isInstanceOf(PrecisException.class)
        .hasMessageContaining("does not exist");
  }
}
