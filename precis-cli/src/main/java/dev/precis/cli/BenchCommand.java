package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.OracleSummarizer;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.eval.rouge.RougeScore;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis bench}: quality and speed of several methods on one dataset, as one table. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs methods over a dataset and prints one table of their quality, speed and memory.",
      "Columns: ROUGE-1/2/L/SU4, milliseconds per cluster (median, p95), clusters per second "
          + "and peak heap. Each method is warmed up on a few clusters first, so times are for a "
          + "running JVM."
    })
final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> COLUMNS = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FurnitureOptions furniture;

  @Option(names = "--dataset", required = true, paramLabel = "FILE.jsonl",
      description = "Dataset with references.")
  Path dataset;

  @Option(names = "--methods", defaultValue = "all", paramLabel = "all|M,M",
      description = "Methods to run; all = every method plus the oracle (default: ${DEFAULT-VALUE}).")
  String methods;

  @Option(names = {"-w", "--words"}, paramLabel = "N", defaultValue = "100",
      description = "Summary length in words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--rouge", paramLabel = "FLAGS",
      description = "ROUGE-1.5.5 flags (default: \"" + EvalCommand.DEFAULT_FLAGS + " -l WORDS\").")
  String rougeFlags;

  @Option(names = "--measure", paramLabel = "R|P|F",
      description = "Which ROUGE figure the table shows (default: R with a length cut, else F).")
  String measure;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
      description = "Clusters summarized untimed before each method's run (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = {"-f", "--format"}, defaultValue = "markdown", paramLabel = "FORMAT",
      description = "markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: markdown, json");
    }
    String flags = rougeFlags != null ? rougeFlags : EvalCommand.DEFAULT_FLAGS + " -l " + words;
    RougeOptions rougeOptions = RougeOptions.parse(flags);
    String figure = measure != null ? measure.toUpperCase(Locale.ROOT)
        : rougeOptions.wordLimit() > 0 || rougeOptions.byteLimit() > 0 ? "R" : "F";
    if (!List.of("R", "P", "F").contains(figure)) {
      throw new PrecisException("--measure must be R, P or F, got '" + measure + "'");
    }
    List<String> names = methodNames();
    DatasetEvaluator evaluator = new DatasetEvaluator(new Rouge(rougeOptions));
    SummaryOptions base =
        furniture.apply(SummaryOptions.defaults().withBudget(Budget.words(words)));
    int clusters = DatasetReader.count(dataset);
    List<DatasetEvaluator.Result> results = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (String name : names) {
      if (!quiet) {
        err.printf("bench: %s on %d clusters...%n", name, clusters);
        err.flush();
      }
      boolean oracle = name.equals(OracleSummarizer.NAME);
      SummaryOptions options = oracle ? base : base.withMethod(name);
      warmUp(options, oracle);
      System.gc();
      results.add(oracle ? evaluator.evaluateOracle(dataset, options, null)
          : evaluator.evaluateMethod(dataset, options, null));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? JSON.writeValueAsString(json(results, flags, figure)) + "\n"
        : markdown(results, flags, figure, clusters));
    out.flush();
    return 0;
  }

  private List<String> methodNames() {
    if (methods.equalsIgnoreCase("all")) {
      List<String> all = new ArrayList<>(Summarizers.names());
      all.add(OracleSummarizer.NAME);
      return all;
    }
    List<String> names = new ArrayList<>();
    for (String m : methods.split(",")) {
      String name = m.trim().toLowerCase(Locale.ROOT);
      if (!name.equals(OracleSummarizer.NAME)) {
        Summarizers.create(name); // unknown names fail here, listing the valid ones
      }
      names.add(name);
    }
    return names;
  }

  private void warmUp(SummaryOptions options, boolean oracle) {
    if (oracle || warmup <= 0) {
      return;
    }
    var pipeline = new dev.precis.summarize.SummaryPipeline(options);
    List<dev.precis.eval.data.Topic> topics = new ArrayList<>();
    DatasetReader.forEach(dataset, t -> {
      if (topics.size() < warmup) {
        topics.add(t);
      }
    });
    for (var t : topics) {
      try {
        pipeline.summarize(t.documents());
      } catch (PrecisException ignored) {
        // the timed run reports failing clusters
      }
    }
  }

  private static double figure(RougeScore s, String figure) {
    return switch (figure) {
      case "R" -> s.recall();
      case "P" -> s.precision();
      default -> s.f();
    };
  }

  static String markdown(List<DatasetEvaluator.Result> results, String flags, String figure,
      int clusters) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "ROUGE %s (%s), %d clusters%n%n", flags, figure, clusters));
    b.append("| method |");
    for (String c : COLUMNS) {
      b.append(' ').append(c).append(" |");
    }
    b.append(" ms/cluster median | p95 | clusters/s | peak heap MB |\n|---|");
    b.append("---:|".repeat(COLUMNS.size() + 4)).append('\n');
    for (DatasetEvaluator.Result r : results) {
      b.append("| ").append(r.system()).append(" |");
      for (String c : COLUMNS) {
        b.append(r.corpus().metrics().contains(c)
            ? String.format(Locale.ROOT, " %.4f |", figure(r.corpus().get(c).average(), figure))
            : " – |");
      }
      b.append(String.format(Locale.ROOT, " %.1f | %.1f | %.0f | %d |%n", r.medianMillis(),
          r.p95Millis(), r.clustersPerSecond(), r.peakHeapBytes() / (1024 * 1024)));
    }
    for (DatasetEvaluator.Result r : results) {
      for (String note : r.notes()) {
        b.append("\nnote (").append(r.system()).append("): ").append(note);
      }
    }
    return b.append('\n').toString();
  }

  static ObjectNode json(List<DatasetEvaluator.Result> results, String flags, String figure) {
    ObjectNode root = JSON.createObjectNode();
    root.put("rouge", flags);
    root.put("measure", figure);
    ArrayNode rows = root.putArray("rows");
    for (DatasetEvaluator.Result r : results) {
      ObjectNode row = rows.addObject();
      row.put("method", r.system());
      for (String c : COLUMNS) {
        if (r.corpus().metrics().contains(c)) {
          RougeScore s = r.corpus().get(c).average();
          ObjectNode m = row.putObject(c);
          m.put("R", s.recall());
          m.put("P", s.precision());
          m.put("F", s.f());
        }
      }
      row.put("median_ms", r.medianMillis());
      row.put("p95_ms", r.p95Millis());
      row.put("clusters_per_s", r.clustersPerSecond());
      row.put("peak_heap_mb", r.peakHeapBytes() / (1024 * 1024));
      row.set("notes", JSON.valueToTree(r.notes()));
    }
    return root;
  }
}
