package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER = "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n";

  @TempDir Path dir;

  private Path corpus() throws IOException {
    Files.writeString(dir.resolve("msr_paraphrase_test.txt"), HEADER
        + "1\t1\t2\tDock workers at the port of Velmora walked off the job on Monday.\t"
        + "On Monday, dock workers at Velmora's port walked off the job.\n"
        + "0\t3\t4\tThe strike halted the loading of 14 ships, the port authority said.\t"
        + "Shipping companies warned of delays across the region.\n");
    Files.writeString(dir.resolve("msr_paraphrase_train.txt"), HEADER
        + "0\t5\t6\tUnion leader Mara Ostrova spoke to reporters.\t"
        + "The port authority said the plan would create 300 jobs.\n");
    return dir;
  }

  @Test
  void printsTheMeasuresOfTheTestSplit() throws IOException {
    CliRun run = DedupCommandTest.run(new ParaphraseCommand(), "--msrp", corpus().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("msr_paraphrase_test.txt: 2 pairs")
        .contains("accuracy   1.0000").contains("F1         1.0000");
  }

  @Test
  void printsJsonForTheTrainSplit() throws IOException {
    CliRun run = DedupCommandTest.run(new ParaphraseCommand(), "--msrp", corpus().toString(),
        "--split", "train", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("pairs").asInt()).isEqualTo(1);
    assertThat(result.get("trueNegatives").asInt()).isEqualTo(1);
    assertThat(result.get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(result.has("f1")).isTrue();
  }

  @Test
  void badInputNamesTheProblem() throws IOException {
    CliRun missing = DedupCommandTest.run(new ParaphraseCommand(), "--msrp",
        dir.resolve("nowhere").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere does not exist");

    Path bad = Files.writeString(dir.resolve("msr_paraphrase_test.txt"),
        HEADER + "1\t1\t2\tOne sentence and no second\n");
    CliRun malformed = DedupCommandTest.run(new ParaphraseCommand(), "--msrp", dir.toString());
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains(bad + ":2: expected 5 tab-separated fields");

    CliRun split = DedupCommandTest.run(new ParaphraseCommand(), "--msrp", dir.toString(),
        "--split", "dev");
    assertThat(split.exitCode()).isEqualTo(2);
    assertThat(split.err()).contains("unknown split 'dev'; valid splits: test, train");

    CliRun noTrain = DedupCommandTest.run(new ParaphraseCommand(), "--msrp", dir.toString(),
        "--split", "train");
    assertThat(noTrain.err()).contains("msr_paraphrase_train.txt does not exist");
  }
}
