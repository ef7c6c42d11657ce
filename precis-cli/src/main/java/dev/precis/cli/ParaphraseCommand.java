package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.similar.ParaphraseScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis paraphrase}: the paraphrase scorer's accuracy on the MSR Paraphrase Corpus. */
@Command(
    name = "paraphrase",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the sentence paraphrase detector on the Microsoft Research Paraphrase Corpus.",
      "Prints accuracy, precision, recall and F1 of the paraphrase class on --split. Its "
          + "weights were trained on the train split only."
    })
final class ParaphraseCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--msrp", required = true, paramLabel = "DIR",
      description = "Directory with msr_paraphrase_train.txt and msr_paraphrase_test.txt "
          + "(or one such file).")
  Path msrp;

  @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
      description = "test or train (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: text, json");
    }
    if (!split.equals("test") && !split.equals("train")) {
      throw new PrecisException("unknown split '" + split + "'; valid splits: test, train");
    }
    Path file;
    if (Files.isRegularFile(msrp)) {
      file = msrp;
    } else if (Files.isDirectory(msrp)) {
      file = msrp.resolve("msr_paraphrase_" + split + ".txt");
    } else {
      throw new PrecisException("--msrp " + msrp + " does not exist");
    }
    ParaphraseScorer scorer = ParaphraseScorer.english();
    ParaphraseScorer.Evaluation e = scorer.evaluate(file);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      ObjectNode root = JSON.createObjectNode();
      root.put("file", file.toString());
      root.put("pairs", e.pairs());
      root.put("threshold", scorer.threshold());
      root.put("accuracy", round(e.accuracy()));
      root.put("precision", round(e.precision()));
      root.put("recall", round(e.recall()));
      root.put("f1", round(e.f1()));
      root.put("truePositives", e.truePositives());
      root.put("falsePositives", e.falsePositives());
      root.put("trueNegatives", e.trueNegatives());
      root.put("falseNegatives", e.falseNegatives());
      out.println(JSON.writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "%s: %d pairs, threshold %.4f%n", file, e.pairs(), scorer.threshold());
      out.printf(Locale.ROOT, "accuracy   %.4f%n", e.accuracy());
      out.printf(Locale.ROOT, "precision  %.4f%n", e.precision());
      out.printf(Locale.ROOT, "recall     %.4f%n", e.recall());
      out.printf(Locale.ROOT, "F1         %.4f%n", e.f1());
    }
    out.flush();
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
