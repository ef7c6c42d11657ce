package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summarize --since} and {@code --seen} on examples/flood-update (Monday, Tuesday). */
class SummarizeUpdateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path STORY =
      Path.of(System.getProperty("precis.root", "..")).resolve("examples/flood-update");

  @TempDir Path dir;

  @Test
  void sinceGivesTheNewArticlesWithoutWhatTheEarlierOnesSaid() throws IOException {
    CliRun run = CliRun.of("summarize", STORY.toString(), "--since", "2026-03-10", "-f", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("parameters").get("since").asText()).isEqualTo("2026-03-10");
    assertThat(root.get("parameters").get("newArticles").asInt()).isEqualTo(2);
    assertThat(root.get("parameters").get("seenArticles").asInt()).isEqualTo(2);
    assertThat(root.get("notes").get(0).asText())
        .isEqualTo("2 new articles since 2026-03-10; 2 already seen, left out with what they say");
    assertThat(root.get("sentences")).isNotEmpty();
    for (JsonNode s : root.get("sentences")) {
      assertThat(s.get("text").asText()).doesNotContain("200 homes");
      for (JsonNode source : s.get("sources")) {
        assertThat(source.asText()).isIn("c-valley-herald", "d-coastline-news");
      }
    }
  }

  @Test
  void seenFilesMayBeArticlesOrAnEarlierSummary() throws IOException {
    Path earlier = dir.resolve("yesterday.txt");
    Files.writeString(earlier, """
        Around 1,500 residents below the Harlow Reservoir dam were evacuated after a crack was \
        found in its spillway.
        """);
    CliRun run = CliRun.of("summarize", STORY.resolve("c-valley-herald.json").toString(),
        STORY.resolve("d-coastline-news.json").toString(), "--seen", earlier.toString(),
        STORY.resolve("a-valley-herald.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Summary of 2 articles")
        .doesNotContain("Around 1,500 residents")
        .contains("Note: 2 new articles; 2 already seen, left out with what they say");
  }

  @Test
  void undatedArticlesCountAsNewAndAreCounted() throws IOException {
    Path story = Files.createDirectories(dir.resolve("story"));
    for (Path p : Files.list(STORY).sorted().toList()) {
      Files.copy(p, story.resolve(p.getFileName()));
    }
    Files.writeString(story.resolve("volunteers.txt"), """
        Volunteers raise money for Millside families

        A volunteer group in Kestrel Bridge has collected more than 4,000 pounds for families \
        whose homes were flooded in Millside.
        """);
    CliRun run = CliRun.of("summarize", story.toString(), "--since", "2026-03-10");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Summary of 3 articles").contains(
        "Note: 3 new articles since 2026-03-10 (1 undated, counted as new); 2 already seen");
  }

  @Test
  void nothingNewIsSaidInOneLine() throws IOException {
    CliRun run = CliRun.of("summarize", STORY.toString(), "--since", "2026-03-11T00:00Z");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        "Nothing new since 2026-03-11T00:00Z: all 4 articles are dated before it.\n");
    CliRun json = CliRun.of("summarize", STORY.toString(), "--since", "2026-03-11", "-f", "json");
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.get("newArticles").asInt()).isZero();
    assertThat(root.get("seenArticles").asInt()).isEqualTo(4);
  }

  @Test
  void anUnreadableDateIsOneLineAndExitCode2() {
    CliRun run = CliRun.of("summarize", STORY.toString(), "--since", "last Tuesday");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("precis: cannot read the date 'last Tuesday' for "
        + "'since': give an ISO date (2026-03-09) or date-time (2026-03-09T18:00Z, "
        + "2026-03-09T18:00+01:00)");
    CliRun dataset = CliRun.of("summarize", "--dataset", "x.jsonl", "-o",
        dir.resolve("o.jsonl").toString(), "--since", "2026-03-10");
    assertThat(dataset.exitCode()).isEqualTo(2);
    assertThat(dataset.err()).contains("--since and --seen make an update summary of one story");
  }
}
