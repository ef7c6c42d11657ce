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
  void takesTheClusteringOptionsOfCluster() throws IOException {
    NewsFixture.write(dir);
    // a threshold no two articles reach: every unique article is a story of its own
    CliRun strict = CliRun.of("digest", dir.toString(), "--format", "json", "--threshold",
        "0.99", "-q");
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
