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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * Runs a command on its own, with the error handling of {@code PrecisCommand.run} (message on
   * stderr, exit 2 for bad input), until it is registered there.
   */
  static CliRun run(Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("precis: " + e.getMessage());
      commandLine.getErr().flush();
      return e instanceof PrecisException ? 2 : 1;
    });
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private Path story() throws IOException {
    Path story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(story.resolve("a-harbour.txt"), NewsFixture.HARBOUR);
    Files.writeString(story.resolve("b-harbour-copy.txt"),
        NewsFixture.HARBOUR.toUpperCase(Locale.ROOT).replace(" ", "   "));
    Files.writeString(story.resolve("c-business.txt"), NewsFixture.BUSINESS);
    return story;
  }

  @Test
  void printsGroupsAsText() throws IOException {
    CliRun run = run(new DedupCommand(), story().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("3 articles, 2 unique, 1 duplicate group\n")
        .contains("Group 1: keep a-harbour (2 articles)")
        .containsPattern("a-harbour\\s+1\\.000\\s+representative")
        .containsPattern("b-harbour-copy\\s+1\\.000\\s+exact")
        .doesNotContain("c-business");
  }

  @Test
  void readsJsonLinesAndPrintsJson() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        JSON.writeValueAsString(Map.of("id", "w1", "title", "Harbour strike", "text", NewsFixture.HARBOUR)),
        JSON.writeValueAsString(Map.of("id", "w2", "source", "Partner", "text",
            "Republished with permission.\n" + NewsFixture.HARBOUR.replace("on Monday", "on Tuesday")
                .replace("14 ships", "fourteen ships") + "\nCopyright 2026 Partner.")),
        JSON.writeValueAsString(Map.of("id", "w3", "text", NewsFixture.BUSINESS))) + "\n");
    CliRun run = run(new DedupCommand(), "--articles", feed.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("articles").asInt()).isEqualTo(3);
    assertThat(result.get("unique").asInt()).isEqualTo(2);
    JsonNode group = result.get("groups").get(0);
    assertThat(group.get("representative").asText()).isEqualTo("w2");
    assertThat(group.get("members")).hasSize(2);
    JsonNode w1 = group.get("members").get(0);
    assertThat(w1.get("id").asText()).isEqualTo("w1");
    assertThat(w1.get("kind").asText()).isEqualTo("near");
    assertThat(w1.get("similarity").asDouble()).isBetween(0.8, 0.99);

    // a threshold above the copy's similarity keeps it apart
    CliRun strict = run(new DedupCommand(), "--articles", feed.toString(), "-f", "json",
        "--threshold", "0.995");
    assertThat(JSON.readTree(strict.out()).get("groups")).isEmpty();
  }

  @Test
  void badInputIsOneClearLine() throws IOException {
    assertBad(run(new DedupCommand()), "no input given");
    assertBad(run(new DedupCommand(), dir.resolve("nope.txt").toString()), "nope.txt does not exist");
    assertBad(run(new DedupCommand(), "--articles", dir.resolve("gone.jsonl").toString()),
        "gone.jsonl does not exist");
    Path broken = Files.writeString(dir.resolve("broken.jsonl"),
        "{\"id\": \"x\", \"text\": \"Dock workers struck.\"}\n{\"id\": \"y\", \"text\": \n");
    assertBad(run(new DedupCommand(), "--articles", broken.toString()), "broken.jsonl:2:");
    Path noText = Files.writeString(dir.resolve("notext.jsonl"), "{\"id\": \"empty\", \"text\": \"  \"}\n");
    assertBad(run(new DedupCommand(), "--articles", noText.toString()),
        "notext.jsonl:1: article has no text");
    Path clash = Files.writeString(dir.resolve("clash.jsonl"),
        "{\"id\": \"a-harbour\", \"text\": \"Dock workers struck.\"}\n");
    // an id repeated across INPUT and --articles is renamed, as within INPUT
    CliRun renamed = run(new DedupCommand(), story().toString(), "--articles", clash.toString());
    assertThat(renamed.exitCode()).as(renamed.err()).isZero();
    assertThat(renamed.err()).contains("precis: warning: duplicate article id 'a-harbour' in "
        + clash + "; renamed to");
    assertBad(run(new DedupCommand(), story().toString(), "--threshold", "0"),
        "threshold must be in (0, 1]");
    assertBad(run(new DedupCommand(), story().toString(), "--format", "xml"), "unknown format 'xml'");
  }

  private static void assertBad(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("precis: ").contains(message);
    assertThat(run.err().lines().count()).isEqualTo(1);
  }
}
