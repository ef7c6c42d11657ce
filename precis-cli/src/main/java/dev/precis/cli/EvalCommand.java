package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.OracleSummarizer;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeAverage;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.eval.rouge.RougeScore;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis eval}: ROUGE of a method's (or a system's) summaries against a dataset's references. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores summaries of a dataset against its human summaries with ROUGE (ROUGE-1.5.5 exact).",
      "Summarizes with --method (or the oracle upper bound: --method oracle), or reads a "
          + "system's summaries from --system FILE.jsonl ({\"id\", \"summary\"} lines, one "
          + "sentence per line)."
    })
final class EvalCommand implements Callable<Integer> {
  static final String DEFAULT_FLAGS = "-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FurnitureOptions furniture;

  @Option(names = "--dataset", required = true, paramLabel = "FILE.jsonl",
      description = "Dataset with references ({\"id\", \"documents\", \"references\"} lines).")
  Path dataset;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Method to summarize with, or oracle (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--system", paramLabel = "SYS.jsonl",
      description = "Score these summaries instead of summarizing.")
  Path system;

  @Option(names = "--allow-missing",
      description = "With --system: score clusters it has no summary for as empty, not an error.")
  boolean allowMissing;

  @Option(names = {"-w", "--words"}, paramLabel = "N", defaultValue = "100",
      description = "Summary length in words; also ROUGE's -l cut unless --rouge says otherwise "
          + "(default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--rouge", paramLabel = "FLAGS",
      description = "ROUGE-1.5.5 flags (default: \"" + DEFAULT_FLAGS + " -l WORDS\").")
  String rougeFlags;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: text, json");
    }
    String flags = rougeFlags != null ? rougeFlags : DEFAULT_FLAGS + " -l " + words;
    Rouge rouge = new Rouge(RougeOptions.parse(flags));
    DatasetEvaluator evaluator = new DatasetEvaluator(rouge);
    DatasetEvaluator.Result result;
    try (Progress progress = Progress.start("eval", () -> DatasetReader.count(dataset), quiet)) {
      if (system != null) {
        result = evaluator.evaluateSystem(dataset, system, allowMissing, progress::step);
      } else {
        SummaryOptions options = furniture.apply(SummaryOptions.defaults()
            .withBudget(dev.precis.summarize.Budget.words(words)));
        if (method.equalsIgnoreCase(OracleSummarizer.NAME)) {
          result = evaluator.evaluateOracle(dataset, options, progress::step);
        } else {
          result = evaluator.evaluateMethod(dataset, options.withMethod(method), progress::step);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(JSON.writeValueAsString(json(result, flags)));
    } else {
      out.print(text(result, flags));
    }
    out.flush();
    return 0;
  }

  static String text(DatasetEvaluator.Result result, String flags) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s on %d clusters, ROUGE %s%n", result.system(),
        result.topics().size(), flags));
    b.append(String.format(Locale.ROOT, "%-10s %-26s %-26s %-26s%n", "metric", "R (95% CI)",
        "P (95% CI)", "F (95% CI)"));
    for (String metric : result.corpus().metrics()) {
      RougeAverage a = result.corpus().get(metric);
      b.append(String.format(Locale.ROOT, "%-10s %-26s %-26s %-26s%n", metric,
          ci(a.average().recall(), a.lower().recall(), a.upper().recall()),
          ci(a.average().precision(), a.lower().precision(), a.upper().precision()),
          ci(a.average().f(), a.lower().f(), a.upper().f())));
    }
    if (result.medianMillis() > 0) {
      b.append(String.format(Locale.ROOT, "time per cluster: median %.1f ms, p95 %.1f ms%n",
          result.medianMillis(), result.p95Millis()));
    }
    for (String note : result.notes()) {
      b.append("note: ").append(note).append('\n');
    }
    return b.toString();
  }

  private static String ci(double v, double lo, double hi) {
    return String.format(Locale.ROOT, "%.5f (%.5f-%.5f)", v, lo, hi);
  }

  static ObjectNode json(DatasetEvaluator.Result result, String flags) {
    ObjectNode root = JSON.createObjectNode();
    root.put("system", result.system());
    root.put("rouge", flags);
    root.put("clusters", result.topics().size());
    ObjectNode metrics = root.putObject("metrics");
    for (String metric : result.corpus().metrics()) {
      RougeAverage a = result.corpus().get(metric);
      ObjectNode m = metrics.putObject(metric);
      m.put("R", round(a.average().recall()));
      m.put("P", round(a.average().precision()));
      m.put("F", round(a.average().f()));
      m.putArray("R_ci").add(round(a.lower().recall())).add(round(a.upper().recall()));
      m.putArray("P_ci").add(round(a.lower().precision())).add(round(a.upper().precision()));
      m.putArray("F_ci").add(round(a.lower().f())).add(round(a.upper().f()));
    }
    var topics = root.putArray("topics");
    for (DatasetEvaluator.TopicResult t : result.topics()) {
      ObjectNode node = topics.addObject();
      node.put("id", t.id());
      for (String metric : t.scores().metrics()) {
        RougeScore s = t.scores().get(metric);
        ObjectNode m = node.putObject(metric);
        m.put("R", round(s.recall()));
        m.put("P", round(s.precision()));
        m.put("F", round(s.f()));
      }
    }
    if (result.medianMillis() > 0) {
      ObjectNode timing = root.putObject("timing");
      timing.put("median_ms", round(result.medianMillis()));
      timing.put("p95_ms", round(result.p95Millis()));
      timing.put("clusters_per_s", round(result.clustersPerSecond()));
    }
    root.set("notes", JSON.valueToTree(result.notes()));
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 100_000) / 100_000.0;
  }
}
