package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.eval.stream.LabeledStream;
import dev.precis.eval.stream.Streams;
import dev.precis.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job and the single-machine digest on some 3,000 real articles from {@code ../shared}
 * (DUC 2003, the Multi-News sample, TAC 2011 English and 2,000 UCI headlines, mixed): the same
 * stories and summaries, line for line. Skipped without {@code ../shared}.
 */
class SharedStreamTest {
  @TempDir Path dir;

  static Path shared() {
    Path root = Path.of(System.getProperty("precis.root", "..")).toAbsolutePath();
    for (Path d = root; d != null; d = d.getParent()) {
      Path candidate = d.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("data/duc2003"))) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void realArticlesGiveTheSameDigestOnSparkAsOnOneMachine() throws IOException {
    Path shared = shared();
    assumeTrue(shared != null, "../shared is not beside the project");
    List<Article> articles = new ArrayList<>();
    for (LabeledStream s : List.of(Streams.duc2003(shared, true), Streams.multiNews(shared),
        Streams.tac2011(shared, dev.precis.text.Language.ENGLISH))) {
      articles.addAll(s.articles());
    }
    for (Article a : Streams.uci(shared).articles().subList(0, 2_000)) {
      // a feed of headlines writes the headline as the text
      articles.add(new Article(a.id(), a.title(), a.date(), a.url(), a.source(), null,
          a.title()));
    }
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Article a : articles) {
      ObjectNode o = json.createObjectNode();
      o.put("id", a.id());
      if (a.title() != null) {
        o.put("title", a.title());
      }
      if (a.date() != null) {
        o.put("date", a.date());
      }
      if (a.url() != null) {
        o.put("url", a.url());
      }
      if (a.source() != null) {
        o.put("source", a.source());
      }
      o.put("text", a.text());
      lines.append(o).append('\n');
    }
    Path input = Files.writeString(dir.resolve("mixed.jsonl"), lines);
    Path out = dir.resolve("digest");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("precis shared")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      spark.sparkContext().setLogLevel("ERROR");
      DigestJob.run(spark, DigestJobTest.options(input, out), new StageLog(System.err));
    } finally {
      spark.stop();
    }
    List<String> onSpark = DigestJobTest.lines(out.resolve("stories"));
    List<String> alone = DigestJobTest.singleMachine(articles);
    assertThat(onSpark).hasSize(alone.size());
    for (int k = 0; k < alone.size(); k++) {
      // a line can be long: say where they part, not both whole
      String a = onSpark.get(k);
      String b = alone.get(k);
      int at = 0;
      while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
        at++;
      }
      assertThat(a.equals(b)).as("story %d parts at %d: spark '%s' one machine '%s'", k, at,
          a.substring(at, Math.min(a.length(), at + 120)),
          b.substring(at, Math.min(b.length(), at + 120))).isTrue();
    }
  }
}
