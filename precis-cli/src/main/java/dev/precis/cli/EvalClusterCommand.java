package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.eval.cluster.ClusteringErrors;
import dev.precis.eval.cluster.ClusteringScores;
import dev.precis.eval.stream.LabeledStream;
import dev.precis.eval.stream.StreamEvaluator;
import dev.precis.eval.stream.Streams;
import dev.precis.text.TextEmbedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis eval-cluster}: story clustering scored against gold stories. */
@Command(
    name = "eval-cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters a labelled stream into stories and scores it against the gold stories.",
      "Scores: BCubed precision, recall and F1, adjusted Rand index, NMI, purity.",
      "Input: either --stream duc2003|multinews|uci|tac2011-LANG (built from --shared), or "
          + "--articles FILE with --gold FILE (ARTICLE_ID<TAB>STORY lines)."
    })
public final class EvalClusterCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Halves at most: each is a full clustering run, and a hundred is plenty to see the spread. */
  static final int MAX_HELD_OUT = 100;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin NamedStream stream;

  @Option(names = "--dates",
      description = "With --stream duc2003: date documents from their ids (then the time window "
          + "splits DUC's year-long topics).")
  boolean dates;

  @Option(names = "--articles", paramLabel = "FILE",
      description = "Articles to cluster: a file read as JSON lines whatever its name (or one "
          + "JSON array), or a directory read file by file.")
  String articles;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Gold stories of --articles: ARTICLE_ID<TAB>STORY lines.")
  Path gold;

  @Mixin ClusterFlags clustering;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "learned",
      description = "How stories are found: " + ClusterFlags.METHOD_HELP)
  void clusterMethod(String value) {
    clustering.method = value;
  }

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also list the N largest found stories that mix gold stories and the N "
          + "largest gold stories split over found ones (default: ${DEFAULT-VALUE}).")
  int errors;

  @Option(names = "--held-out", paramLabel = "N", defaultValue = "0",
      description = "Also cluster N streams, each made of a random half of the gold stories "
          + "(the same halves every run), and report the lowest, mean and highest BCubed F1: "
          + "how the figure moves on other streams of the same kind (default: ${DEFAULT-VALUE}).")
  int heldOut;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: text, json");
    }
    if (errors < 0) {
      throw new PrecisException("--errors must be 0 or more, not " + errors);
    }
    if (heldOut < 0 || heldOut > MAX_HELD_OUT) {
      throw new PrecisException("--held-out must be 0 to " + MAX_HELD_OUT + ", not " + heldOut);
    }
    clustering.check();
    LabeledStream labeled = load();
    ClusterOptions options = clustering.options(labeled.language());
    StreamEvaluator.Result result;
    StreamEvaluator.HeldOut halves = null;
    try (TextEmbedder embedder = clustering.embedder()) {
      result = StreamEvaluator.evaluate(labeled, options, embedder);
      if (heldOut > 0) {
        halves = StreamEvaluator.heldOut(labeled, options, embedder, heldOut);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    ClusteringErrors mistakes = errors == 0 ? null
        : ClusteringErrors.of(labeled.gold(), StreamEvaluator.storyOf(result.stories()), errors);
    if (format.equals("json")) {
      ObjectNode root = json(result, options);
      if (halves != null) {
        root.set("held_out", json(halves));
      }
      if (mistakes != null) {
        root.set("errors", JSON.valueToTree(mistakes));
      }
      out.println(JSON.writeValueAsString(root));
    } else {
      out.print(text(result, options));
      if (halves != null) {
        out.print(text(halves));
      }
      if (mistakes != null) {
        out.print(text(mistakes));
      }
    }
    out.flush();
    return 0;
  }

  /** The labelled stream the flags name. */
  private LabeledStream load() {
    if (stream.given()) {
      if (articles != null || gold != null) {
        throw new PrecisException("give either --stream or --articles with --gold, not both");
      }
      return dates && stream.name.equalsIgnoreCase("duc2003")
          ? Streams.duc2003(stream.shared.dir(), true) : stream.load();
    }
    if (articles == null || gold == null) {
      throw new PrecisException("give --stream " + String.join("|", Streams.names())
          + ", or --articles FILE with --gold FILE");
    }
    return Streams.fromFiles(List.of(articles), gold);
  }

  static ObjectNode json(StreamEvaluator.HeldOut h) {
    ObjectNode node = JSON.createObjectNode();
    node.put("halves", h.f1().size());
    node.put("mean_f1", round(h.meanF1()));
    node.put("min_f1", round(h.minF1()));
    node.put("max_f1", round(h.maxF1()));
    node.put("mean_precision", round(h.meanPrecision()));
    node.put("mean_recall", round(h.meanRecall()));
    node.set("f1", JSON.valueToTree(h.f1().stream().map(EvalClusterCommand::round).toList()));
    return node;
  }

  static String text(StreamEvaluator.HeldOut h) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "held out: %d halves of the gold stories, BCubed F1 lowest %.4f  mean %.4f  highest %.4f%n",
        h.f1().size(), h.minF1(), h.meanF1(), h.maxF1()));
    b.append(String.format(Locale.ROOT, "  mean BCubed P %.4f  R %.4f%n", h.meanPrecision(),
        h.meanRecall()));
    b.append("  F1 per half:");
    for (double f : h.f1()) {
      b.append(String.format(Locale.ROOT, " %.4f", f));
    }
    return b.append('\n').toString();
  }

  static String text(ClusteringErrors e) {
    StringBuilder b = new StringBuilder();
    b.append("mixed stories (found story, size: gold stories and their articles in it)\n");
    groups(b, e.mixed());
    b.append("split gold stories (gold story, size: found stories holding its articles)\n");
    groups(b, e.split());
    return b.toString();
  }

  private static void groups(StringBuilder b, List<ClusteringErrors.Group> groups) {
    if (groups.isEmpty()) {
      b.append("  none\n");
    }
    for (ClusteringErrors.Group g : groups) {
      b.append("  ").append(g.id()).append(", ").append(g.size()).append(':');
      g.parts().forEach((label, count) -> b.append(' ').append(label).append(' ').append(count));
      b.append('\n');
    }
  }

  static String text(StreamEvaluator.Result r, ClusterOptions options) {
    ClusteringScores s = r.scores();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "stream %s: %d articles, %d gold stories%n", r.stream(),
        s.items(), r.goldStories()));
    b.append("options: ").append(options).append('\n');
    b.append(String.format(Locale.ROOT, "BCubed P %.4f  R %.4f  F1 %.4f%n", s.bcubedPrecision(),
        s.bcubedRecall(), s.bcubedF1()));
    b.append(String.format(Locale.ROOT, "ARI %.4f  NMI %.4f  purity %.4f  inverse purity %.4f%n",
        s.adjustedRand(), s.nmi(), s.purity(), s.inversePurity()));
    b.append(String.format(Locale.ROOT, "stories found %d (gold %d)%n", r.storiesFound(),
        r.goldStories()));
    b.append(String.format(Locale.ROOT, "seconds %.2f%n", r.seconds()));
    for (String note : r.notes()) {
      b.append("note: ").append(note).append('\n');
    }
    return b.toString();
  }

  static ObjectNode json(StreamEvaluator.Result r, ClusterOptions options) {
    ClusteringScores s = r.scores();
    ObjectNode root = JSON.createObjectNode();
    root.put("stream", r.stream());
    root.put("articles", s.items());
    root.set("options", JSON.valueToTree(options.parameters()));
    ObjectNode m = root.putObject("metrics");
    m.put("bcubed_precision", round(s.bcubedPrecision()));
    m.put("bcubed_recall", round(s.bcubedRecall()));
    m.put("bcubed_f1", round(s.bcubedF1()));
    m.put("ari", round(s.adjustedRand()));
    m.put("nmi", round(s.nmi()));
    m.put("purity", round(s.purity()));
    m.put("inverse_purity", round(s.inversePurity()));
    root.put("stories_found", r.storiesFound());
    root.put("gold_stories", r.goldStories());
    root.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
    root.set("notes", JSON.valueToTree(r.notes()));
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 100_000) / 100_000.0;
  }
}
