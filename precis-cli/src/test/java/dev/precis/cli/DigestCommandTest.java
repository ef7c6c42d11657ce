package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void groupsTwoStoriesRemovesTheCopyAndSummarizesEach() throws IOException {
    NewsFixture.write(dir);
    Files.writeString(dir.resolve("chess-a.txt"), """
        Teenager wins national chess title

        Fifteen-year-old Lena Varga won the national chess championship in Dorren on Sunday, \
        beating the defending champion in the final round.
        Varga needed only a draw but played for a win with the black pieces.
        The tournament drew a record 212 players to the Dorren exhibition hall.
        """);
    Files.writeString(dir.resolve("chess-b.txt"), """
        Varga, 15, takes chess crown in Dorren

        Lena Varga became the youngest national chess champion on Sunday after a final-round \
        victory over the defending champion in Dorren.
        A record field of 212 players took part at the exhibition hall.
        Varga said she would use the prize money to travel to the European youth championship.
        """);
    CliRun run = CliRun.of("digest", dir.toString(), "--format", "json", "--words", "50", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode digest = JSON.readTree(run.out());
    assertThat(digest.get("articles").asInt()).isEqualTo(5);
    assertThat(digest.get("unique").asInt()).isEqualTo(4); // the wire copy of the harbour story
    JsonNode stories = digest.get("stories");
    assertThat(stories).hasSize(2);
    JsonNode port = stories.get(0); // three articles rank above two
    assertThat(port.get("articles")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("harbour", "wire", "business");
    assertThat(port.get("duplicates").asInt()).isEqualTo(1);
    assertThat(stories.get(1).get("articles")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("chess-a", "chess-b");
    assertThat(stories.get(1).get("summary").get("sentences")).isNotEmpty();
  }

  @Test
  void aFeedOfHeadlinesGivesStoriesWithTheirSourcesAndNoSummary() throws IOException {
    Path feed = dir.resolve("headlines.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\": \"h1\", \"title\": \"Velmora dock workers strike over automation\", "
            + "\"source\": \"Wire\", \"text\": \"Velmora dock workers strike over automation\"}",
        "{\"id\": \"h2\", \"title\": \"Velmora dock workers strike over automation\", "
            + "\"source\": \"Daily\", \"text\": \"Velmora dock workers strike over automation\"}",
        "{\"id\": \"h3\", \"title\": \"Velmora port strike: dock workers stay out\", "
            + "\"text\": \"Velmora port strike: dock workers stay out\"}",
        "{\"id\": \"h4\", \"title\": \"Corran bakery wins national bread prize\", "
            + "\"text\": \"Corran bakery wins national bread prize\"}") + "\n");
    CliRun json = CliRun.of("digest", "--articles", feed.toString(), "--format", "json", "-q");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode digest = JSON.readTree(json.out());
    assertThat(digest.get("unique").asInt()).isEqualTo(3); // h2 repeats h1 word for word
    JsonNode port = digest.get("stories").get(0);
    assertThat(port.get("articles")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("h1", "h2", "h3");
    assertThat(port.get("duplicates").asInt()).isEqualTo(1);
    assertThat(port.has("summary")).isFalse();
    assertThat(port.get("unavailable").asText()).isEqualTo("headlines only, no text to summarize");
    assertThat(port.get("sources")).extracting(s -> s.get("id").asText())
        .containsExactlyInAnyOrder("h1", "h2", "h3");
    String markdown = CliRun.of("digest", "--articles", feed.toString(), "-q").out();
    assertThat(markdown).contains("No summary: headlines only, no text to summarize.")
        .contains("h1 \u2014 Velmora dock workers strike over automation (Wire)");
    assertThat(CliRun.of("digest", "--articles", feed.toString(), "-f", "html", "-q").out())
        .contains("No summary: headlines only, no text to summarize.");
    // a story of hundreds of headlines lists the first twenty
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 25; i++) {
      String headline = "Velmora dock workers strike over automation, day " + i;
      many.append("{\"id\": \"d").append(i).append("\", \"title\": \"").append(headline)
          .append("\", \"text\": \"").append(headline).append("\"}\n");
    }
    Files.writeString(feed, many.toString());
    assertThat(CliRun.of("digest", "--articles", feed.toString(), "-q").out())
        .contains("_25 articles").contains("; 20. d").contains("; and 5 more\n");
  }

  @Test
  void failedFetchesAreLeftOutAndCounted() throws IOException {
    NewsFixture.write(dir);
    String archive = "These crawls are part of an effort to archive pages as they are created "
        + "and archive the pages that they refer to. That way, as the pages that are referenced "
        + "change or are taken from the web, a link to the version that was live when the page "
        + "was written will be preserved.";
    // the same notice saved for two stories: exact copies of each other
    Files.writeString(dir.resolve("notice-1.txt"), archive);
    Files.writeString(dir.resolve("notice-2.txt"), archive);
    CliRun json = CliRun.of("digest", dir.toString(), "--format", "json", "-q");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode digest = JSON.readTree(json.out());
    assertThat(digest.get("failedFetches").asInt()).isEqualTo(2);
    assertThat(digest.get("stories")).hasSize(1);
    assertThat(CliRun.of("digest", dir.toString(), "-q").out())
        .contains("_2 pages left out: only web notices, a failed fetch_");
  }

  @Test
  void takesTheClusteringOptionsOfCluster() throws IOException {
    NewsFixture.write(dir);
    // a cosine no two articles reach: every unique article is a story of its own
    CliRun strict = CliRun.of("digest", dir.toString(), "--format", "json",
        "--cluster-method", "average-link", "--threshold", "0.99", "-q");
    assertThat(strict.exitCode()).as(strict.err()).isZero();
    JsonNode digest = JSON.readTree(strict.out());
    assertThat(digest.get("stories")).hasSize(digest.get("unique").asInt());
    CliRun bad = CliRun.of("digest", dir.toString(), "--threshold", "1.5");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("between 0 and 1");
  }

  @Test
  void markdownAndHtmlAreRendered() throws IOException {
    NewsFixture.write(dir);
    assertThat(CliRun.of("digest", dir.toString(), "-q").out()).startsWith("# Digest: 1 story from 3 articles");
    assertThat(CliRun.of("digest", dir.toString(), "-f", "html", "-q").out())
        .startsWith("<!DOCTYPE html>").contains("<h2>");
  }

  @Test
  void badInputIsAClearError() {
    CliRun none = CliRun.of("digest");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no input given");
    CliRun top = CliRun.of("digest", dir.toString(), "--top", "0");
    assertThat(top.exitCode()).isEqualTo(2);
  }
}
