package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path story() throws IOException {
    Path story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(story.resolve("harbour.txt"), """
        Dockworkers at the port of Valmont walked out on Monday over a new shift system.
        The strike left 38 cargo ships waiting at anchor outside the harbour.
        """);
    Files.writeString(story.resolve("business.txt"), """
        Port director Ines Caldera said talks with the union would resume on Thursday.
        Shipping firms warned that the walkout could cost them 4 million euros a day.
        """);
    return story;
  }

  private Path summary(String text) throws IOException {
    Path file = dir.resolve("summary.txt");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void jsonGivesEachSentenceItsVerdictEvidenceAndConflicts() throws IOException {
    Path summary = summary("""
        Valmont dockworkers walked out on Monday over a new shift system.
        The strike left 83 cargo ships waiting at anchor outside the harbour.
        The mayor of Valmont resigned after a vote in the city council.
        """);
    CliRun run = CliRun.of("verify", "--summary", summary.toString(), "--format", "json",
        story().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("supported").asInt()).isEqualTo(1);
    assertThat(root.get("contradicted").asInt()).isEqualTo(1);
    assertThat(root.get("unsupported").asInt()).isEqualTo(1);
    JsonNode first = root.get("sentences").get(0);
    assertThat(first.get("verdict").asText()).isEqualTo("supported");
    assertThat(first.get("evidence").get(0).get("article").asText()).isEqualTo("harbour");
    assertThat(first.get("evidence").get(0).get("match").asText()).isEqualTo("wording");
    JsonNode second = root.get("sentences").get(1);
    assertThat(second.get("verdict").asText()).isEqualTo("contradicted");
    assertThat(second.get("conflicts").get(0).get("what").asText())
        .isEqualTo("number 83 against 38");
    assertThat(root.get("sentences").get(2).get("verdict").asText()).isEqualTo("unsupported");
  }

  @Test
  void textMarkdownAndHtmlNameTheVerdicts() throws IOException {
    Path summary = summary("The strike left 83 cargo ships waiting at anchor outside the harbour.");
    String articles = story().toString();
    assertThat(CliRun.of("verify", "-s", summary.toString(), articles).out())
        .contains("[contradicted] The strike left 83")
        .contains("differs (number 83 against 38)")
        .contains("0 supported, 1 contradicted, 0 not found in the sources");
    assertThat(CliRun.of("verify", "-s", summary.toString(), "-f", "markdown", articles).out())
        .contains("- **contradicted**: The strike left 83");
    assertThat(CliRun.of("verify", "-s", summary.toString(), "-f", "html", articles).out())
        .contains("<strong class=\"contradicted\">contradicted</strong>");
  }

  @Test
  void aMissingSummaryIsOneClearMessage() throws IOException {
    CliRun run = CliRun.of("verify", "--summary", dir.resolve("none.txt").toString(),
        story().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("none.txt does not exist").doesNotContain("Exception");
  }

  @Test
  void anEmptySummaryIsOneClearMessage() throws IOException {
    CliRun run = CliRun.of("verify", "--summary", summary("\n\n").toString(), story().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the summary to verify is empty");
  }

  @Test
  void trainVerifyWithoutSharedDataSaysSo() {
    CliRun run = CliRun.of("train-verify", "--shared", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--shared").contains("no such directory");
    CliRun empty = CliRun.of("train-verify", "--shared", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("duc2003/task2.jsonl does not exist")
        .doesNotContain("Exception");
    CliRun flagged = CliRun.of("train-verify", "--shared", dir.toString(), "--flagged", "-1");
    assertThat(flagged.exitCode()).isEqualTo(2);
    assertThat(flagged.err()).contains("--flagged");
  }
}
