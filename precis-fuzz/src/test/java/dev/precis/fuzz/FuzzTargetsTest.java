package dev.precis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fuzz target under Jazzer, each in its own JVM (libFuzzer fuzzes one target per
 * process): first its seeds and the inputs of earlier findings, then coverage-guided input for
 * {@code precis.fuzz.seconds} (3 by default; {@code bin/fuzz TARGET SECONDS} runs one for
 * longer). A crash, an exception other than a refusal of bad input, or an input that takes more
 * than {@link #INPUT_TIMEOUT_SECONDS} fails the test with Jazzer's report.
 */
class FuzzTargetsTest {
  static final int INPUT_TIMEOUT_SECONDS = 10;
  private static final Path ROOT = Path.of(System.getProperty("basedir", "."));
  private static final Path SEEDS = ROOT.resolve("src/test/resources/dev/precis/fuzz/seeds");
  /** The example story's text, HTML and JSON files seed every target as well. */
  private static final Path EXAMPLES = ROOT.resolve("../examples/port-strike").normalize();

  static final List<String> TARGETS = List.of("HtmlExtractionFuzzer", "JsonArticlesFuzzer",
      "TextDecodingFuzzer", "DateParsingFuzzer", "SentenceSplittingFuzzer", "FactsFuzzer",
      "RougeFlagsFuzzer", "FeedReadingFuzzer");

  /** Every target, or the one {@code precis.fuzz.target} names ({@code bin/fuzz}). */
  static Stream<String> targets() {
    String only = System.getProperty("precis.fuzz.target", "");
    if (only.isBlank()) {
      return TARGETS.stream();
    }
    if (!TARGETS.contains(only)) {
      throw new IllegalArgumentException("no fuzz target " + only + "; the targets are "
          + String.join(", ", TARGETS));
    }
    return Stream.of(only);
  }

  @ParameterizedTest
  @MethodSource("targets")
  void fuzzTargetFindsNothing(String target) throws Exception {
    int seconds = Integer.getInteger("precis.fuzz.seconds", 3);
    Path work = Files.createDirectories(ROOT.resolve("target/fuzz/corpus/" + target));
    Path findings = Files.createDirectories(ROOT.resolve("target/fuzz/findings/" + target));
    Path log = ROOT.resolve("target/fuzz/" + target + ".log");
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-Xss4m",
        "-cp", System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")),
        "com.code_intelligence.jazzer.Jazzer",
        "--target_class=dev.precis.fuzz." + target,
        "--instrumentation_includes=dev.precis.**",
        "--reproducer_path=" + findings,
        "-artifact_prefix=" + findings + "/",
        "-max_total_time=" + seconds,
        "-timeout=" + INPUT_TIMEOUT_SECONDS,
        "-rss_limit_mb=2048",
        "-max_len=65536",
        work.toString(), SEEDS.resolve(target).toString(), EXAMPLES.toString()));
    Process jazzer = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean ended = jazzer.waitFor(seconds + 120L, TimeUnit.SECONDS);
    if (!ended) {
      jazzer.destroyForcibly();
    }
    String report = tail(log);
    assertThat(ended).as("Jazzer ended; its log:\n" + report).isTrue();
    assertThat(jazzer.exitValue()).as(target + " found something (input in " + findings
        + "); Jazzer's report:\n" + report).isZero();
    assertThat(report).contains("Done ");
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
