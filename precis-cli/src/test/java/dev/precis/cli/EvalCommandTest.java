package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path dataset;

  @BeforeEach
  void writeDataset() throws IOException {
    String reference = "Dock workers at the port of Velmora walked off the job on Monday.\n"
        + "They protest a plan to automate two container terminals.";
    StringBuilder lines = new StringBuilder();
    for (String id : new String[] {"C1", "C2"}) {
      lines.append(JSON.writeValueAsString(Map.of("id", id,
          "documents", java.util.List.of(Map.of("id", "d1", "text", NewsFixture.HARBOUR),
              Map.of("id", "d2", "text", NewsFixture.WIRE)),
          "references", java.util.List.of(Map.of("id", "A", "text", reference)))))
          .append('\n');
    }
    dataset = Files.writeString(dir.resolve("set.jsonl"), lines);
  }

  @Test
  void scoresAMethodAsJson() throws IOException {
    CliRun run = CliRun.of("eval", "--dataset", dataset.toString(), "--words", "40", "--format",
        "json", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    JsonNode r1 = result.get("metrics").get("ROUGE-1");
    assertThat(r1.get("R").asDouble()).isBetween(0.3, 1.0);
    assertThat(r1.get("R_ci")).hasSize(2);
    assertThat(result.get("topics")).hasSize(2);
    assertThat(result.get("topics").get(0).get("ROUGE-2").get("F").asDouble()).isPositive();
  }

  @Test
  void oracleBeatsLead() throws IOException {
    double oracle = r2(CliRun.of("eval", "--dataset", dataset.toString(), "--method", "oracle",
        "--words", "40", "-f", "json", "-q"));
    double lead = r2(CliRun.of("eval", "--dataset", dataset.toString(), "--method", "lead",
        "--words", "40", "-f", "json", "-q"));
    assertThat(oracle).isGreaterThanOrEqualTo(lead);
  }

  @Test
  void scoresASystemFileAndReportsMissingClusters() throws IOException {
    Path system = Files.writeString(dir.resolve("sys.jsonl"),
        "{\"id\": \"C1\", \"summary\": \"Dock workers at the port of Velmora walked off the job on Monday.\"}\n");
    CliRun missing = CliRun.of("eval", "--dataset", dataset.toString(), "--system",
        system.toString(), "-q");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no summary for 1 of 2 clusters: C2")
        .contains("--allow-missing");

    CliRun allowed = CliRun.of("eval", "--dataset", dataset.toString(), "--system",
        system.toString(), "--allow-missing", "-f", "json", "-q");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    JsonNode result = JSON.readTree(allowed.out());
    JsonNode c2 = result.get("topics").get(1);
    assertThat(c2.get("id").asText()).isEqualTo("C2");
    assertThat(c2.get("ROUGE-1").get("R").asDouble()).isZero(); // empty summary: 0, not NaN
    assertThat(result.get("notes").toString()).contains("scored as empty");
  }

  @Test
  void malformedFlagsNameTheFlag() {
    CliRun run = CliRun.of("eval", "--dataset", dataset.toString(), "--rouge", "-n 2 -q", "-q");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("-q").doesNotContain("Exception");
  }

  @Test
  void benchPrintsOneRowPerMethod() {
    CliRun run = CliRun.of("bench", "--dataset", dataset.toString(), "--methods", "lead,ilp,oracle",
        "--words", "40", "--warmup", "0", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("| method | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-SU4 |")
        .contains("| lead |").contains("| ilp |").contains("| oracle |");
  }

  @Test
  void benchRejectsUnknownMethods() {
    CliRun run = CliRun.of("bench", "--dataset", dataset.toString(), "--methods", "lead,nope", "-q");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown method 'nope'");
  }

  @Test
  void missingDatasetIsAClearError() {
    CliRun run = CliRun.of("eval", "--dataset", dir.resolve("absent.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.jsonl does not exist");
  }

  @Test
  void summarizingAMissingDatasetSaysSoAndWritesNothing() {
    Path out = dir.resolve("summaries.jsonl");
    CliRun run = CliRun.of("summarize", "--dataset", dir.resolve("absent.jsonl").toString(),
        "--out", out.toString(), "-q");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.jsonl does not exist or is not a file");
    assertThat(out).doesNotExist();
  }

  @Test
  void summarizesEveryClusterOfADatasetWhenQuiet() throws IOException {
    Path out = dir.resolve("summaries.jsonl");
    CliRun run = CliRun.of("summarize", "--dataset", dataset.toString(), "--out", out.toString(),
        "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2)
        .allSatisfy(line -> assertThat(JSON.readTree(line).get("summary").asText()).isNotBlank());
  }

  private static double r2(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out()).get("metrics").get("ROUGE-2").get("R").asDouble();
  }
}
