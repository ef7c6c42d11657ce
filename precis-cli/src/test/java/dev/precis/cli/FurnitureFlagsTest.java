package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureFlagsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = """
      Thousands of travellers were stranded on Lindholm island on Friday after crews of the Selby \
      Ferry Company walked out over a new rota that would lengthen their shifts to fourteen hours.
      The company cancelled all 38 crossings scheduled for the day, and said it could not say when \
      the service would resume.
      Island hotels fill up as the strike drags on and travellers look for somewhere to stay...
      Regional minister Tomas Hale said he would meet both sides on Monday and urged them to \
      settle before the summer season.
      Associated Press writer Jonas Ebbe in Port Selby contributed to this report.
      """;

  @TempDir Path dir;

  private JsonNode summarize(String... flags) throws IOException {
    Path article = dir.resolve("ferry.txt");
    Files.writeString(article, PAGE);
    String[] args = new String[flags.length + 6];
    System.arraycopy(new String[] {"summarize", article.toString(), "--sentences", "10",
        "--format", "json"}, 0, args, 0, 6);
    System.arraycopy(flags, 0, args, 6, flags.length);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static String texts(JsonNode summary) {
    StringBuilder b = new StringBuilder();
    summary.get("sentences").forEach(s -> b.append(s.get("text").asText()).append('\n'));
    return b.toString();
  }

  @Test
  void furnitureIsDroppedByDefaultAndRecordedInTheParameters() throws IOException {
    JsonNode summary = summarize();
    assertThat(texts(summary)).contains("Tomas Hale").doesNotContain("contributed to this report")
        .doesNotContain("hotels fill up");
    assertThat(summary.get("parameters").get("furniture").asBoolean()).isTrue();
    assertThat(summary.get("parameters").get("furnitureModel").asText()).isEqualTo("built-in");
    assertThat(summary.get("parameters").get("furnitureQuotableBelow").asDouble()).isEqualTo(0.5);
  }

  @Test
  void noFurnitureKeepsEverySentence() throws IOException {
    JsonNode summary = summarize("--no-furniture");
    assertThat(texts(summary)).contains("contributed to this report");
    assertThat(summary.get("parameters").get("furniture").asBoolean()).isFalse();
    assertThat(summary.get("parameters").has("furnitureModel")).isFalse();
  }

  @Test
  void anotherModelFileIsUsedAndNamed() throws IOException {
    Path model = dir.resolve("my-model.json");
    Files.writeString(model, dev.precis.text.FurnitureModel.standard().toJson(null));
    JsonNode summary = summarize("--furniture-model", model.toString());
    assertThat(summary.get("parameters").get("furnitureModel").asText()).isEqualTo("my-model.json");
    assertThat(texts(summary)).doesNotContain("contributed to this report");
  }

  @Test
  void aBadModelFileOrBothFlagsGetOneLineAndExitCode2() throws IOException {
    Path article = dir.resolve("ferry.txt");
    Files.writeString(article, PAGE);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"weights\": 3}");
    CliRun run = CliRun.of("summarize", article.toString(), "--furniture-model", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.json").contains("not a furniture model")
        .doesNotContain("Exception");
    CliRun both = CliRun.of("summarize", article.toString(), "--no-furniture",
        "--furniture-model", bad.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("either --no-furniture or --furniture-model");
  }

  @Test
  void trainFurnitureWithoutSharedDataSaysSo() {
    CliRun run = CliRun.of("train-furniture", "--shared", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--shared").contains("no such directory");
    CliRun empty = CliRun.of("train-furniture", "--shared", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("no data/multinews/sample100.jsonl");
  }
}
