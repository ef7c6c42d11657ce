package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.digest.Digest;
import dev.precis.digest.DigestBuilder;
import dev.precis.io.DigestWriter;
import dev.precis.io.ReadResult;
import dev.precis.io.SummaryFormat;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.TextEmbedder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis digest}: duplicates removed, stories found, each story summarized. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Turns a stream of articles about many stories into a digest: copies removed, articles",
      "grouped into stories, each story summarized with its sources; biggest and latest first."
    })
final class DigestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files or directories.")
  List<String> inputs;

  @Option(names = "--articles", paramLabel = "FILE.jsonl",
      description = "Articles as JSON lines {\"id\", \"title\"?, \"date\"?, \"source\"?, \"url\"?, \"text\"}.")
  Path articles;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = "ilp",
      description = "Summarization method for each story (default: ${DEFAULT-VALUE}).")
  String method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Summarize the N biggest stories (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = {"-f", "--format"}, defaultValue = "markdown", paramLabel = "FORMAT",
      description = "markdown, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Mixin FileLimit limit;

  @Mixin ClusterFlags clustering;

  @Option(names = {"-q", "--quiet"}, description = "No warnings on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    SummaryFormat summaryFormat = SummaryFormat.parse(format);
    List<String> paths = new ArrayList<>(inputs == null ? List.of() : inputs);
    if (articles != null) {
      paths.add(articles.toString());
    }
    if (paths.isEmpty()) {
      throw new PrecisException("nothing to digest: give article files or directories, or --articles FILE.jsonl");
    }
    ReadResult read = limit.read(paths, System.in);
    if (!quiet) {
      read.warnings().forEach(w -> spec.commandLine().getErr().println("precis: " + w));
    }
    SummaryOptions options = SummaryOptions.defaults().withMethod(method)
        .withBudget(BudgetOptions.of(budget, 80));
    Digest digest;
    try (TextEmbedder embedder = clustering.embedder()) {
      digest = new DigestBuilder(options, top, clustering.options(), embedder)
          .build(read.articles());
    }
    String text = DigestWriter.write(digest, summaryFormat);
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    }
    return 0;
  }
}
