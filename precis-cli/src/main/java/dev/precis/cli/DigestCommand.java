package dev.precis.cli;

import dev.precis.cluster.ClusterOptions;
import dev.precis.digest.Digest;
import dev.precis.digest.DigestBuilder;
import dev.precis.render.DigestWriter;
import dev.precis.render.SummaryFormat;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.text.TextEmbedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis digest}: duplicates removed, stories found, each story summarized. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Turns a stream of articles about many stories into a digest.",
      "Copies are removed, articles grouped into stories, and each story summarized with its "
          + "sources; biggest and latest first."
    })
final class DigestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FurnitureOptions furniture;

  @Mixin ArticleStream input;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = "ilp",
      description = "Summarization method for each story (default: ${DEFAULT-VALUE}).")
  String method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Keep the N biggest stories, each summarized unless it is headlines only; "
          + "pages that hold only web notices are left out and counted (default: "
          + "${DEFAULT-VALUE}).")
  int top;

  @Option(names = {"-f", "--format"}, defaultValue = "markdown", paramLabel = "FORMAT",
      description = "markdown, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Mixin ClusterFlags clustering;

  @Option(names = "--no-dedup",
      description = "Do not look for copies first: every article is clustered and listed as its "
          + "own.")
  boolean noDedup;

  @Option(names = "--cluster-method", paramLabel = "METHOD", defaultValue = "learned",
      description = "How stories are found: " + ClusterFlags.METHOD_HELP)
  void clusterMethod(String value) {
    clustering.method = value;
  }

  @Override
  public Integer call() throws Exception {
    SummaryFormat summaryFormat = SummaryFormat.parse(format);
    clustering.check();
    List<Article> articles = input.read(System.in, spec.commandLine().getErr());
    Language language = clustering.language(input.streamLanguage());
    SummaryOptions options = SummaryOptions.defaults().withMethod(method)
        .withBudget(BudgetOptions.of(budget, 80)).withLanguage(language);
    options = furniture.apply(options);
    ClusterOptions clusterOptions = clustering.options(language);
    Digest digest;
    try (TextEmbedder embedder = clustering.embedder()) {
      digest = new DigestBuilder(options, top, clusterOptions, embedder, !noDedup)
          .build(articles);
    }
    String text = DigestWriter.write(digest, summaryFormat);
    if (out != null) {
      OutputFile.write(out, text);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    }
    return 0;
  }
}
