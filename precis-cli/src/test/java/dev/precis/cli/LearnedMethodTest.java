package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedMethodTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void learnedSummarizesAndRecordsItsModel() throws IOException {
    Path first = dir.resolve("a.txt");
    Path second = dir.resolve("b.txt");
    Files.writeString(first, """
        Storm Idris closes schools
        Storm Idris closed every school in the county of Harlow on Tuesday as winds of up to 140 kilometres an hour brought down trees and power lines.
        About 30,000 homes were without electricity by the evening, the grid operator said.
        The county council asked people not to travel unless they had to.
        """);
    Files.writeString(second, """
        Winds of 140 kilometres an hour from Storm Idris shut schools across Harlow on Tuesday and left 30,000 homes without power.
        Trains between Harlow and the coast were cancelled for the rest of the day.
        """);
    CliRun run = CliRun.of("summarize", first.toString(), second.toString(), "--method",
        "learned", "--words", "60", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.path("method").asText()).isEqualTo("learned");
    assertThat(summary.path("parameters").path("salienceModel").asText()).isEqualTo("built-in");
    assertThat(summary.path("parameters").path("priorWeight").asDouble()).isEqualTo(3.0);
    assertThat(summary.path("parameters").path("priorBelowArticles").asInt()).isEqualTo(4);
    // two articles: fewer than 4, so the prior applied
    assertThat(summary.path("details").path("prior").asBoolean()).isTrue();
    assertThat(summary.path("sentences").size()).isPositive();
    CliRun again = CliRun.of("summarize", first.toString(), second.toString(), "--method",
        "learned", "--words", "60", "--format", "json");
    assertThat(again.out()).isEqualTo(run.out());
  }

  @Test
  void trainSentencesWithoutSharedDataSaysSo() {
    CliRun run = CliRun.of("train-sentences", "--shared", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--shared").contains("no such directory");
    CliRun empty = CliRun.of("train-sentences", "--shared", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("duc2003/task2.jsonl is missing").doesNotContain("Exception");
    CliRun weight = CliRun.of("train-sentences", "--shared", dir.toString(), "--prior-weight",
        "-1");
    assertThat(weight.exitCode()).isEqualTo(2);
    assertThat(weight.err()).contains("--prior-weight");
  }
}
