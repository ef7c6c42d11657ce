package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.fetch.PageFetcher;
import dev.precis.read.ArticleReader;
import dev.precis.read.ReadResult;
import dev.precis.render.SummaryFormat;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.update.Since;
import dev.precis.update.UpdateSummarizer;
import dev.precis.update.UpdateSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis summarize}: one cluster from files, or every cluster of a dataset. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarizes articles about one story, each summary sentence credited to its sources.",
      "PATH is a .txt, .html, .json or .jsonl file, an RSS/Atom feed (.rss, .atom, .xml), an OPML "
          + "list of feeds (.opml), an http(s) address, a directory of them, or - for standard "
          + "input.",
      "With --dataset, summarizes every cluster of a JSON-lines dataset into --out: one line "
          + "a cluster with its summary and each sentence's sources (no people, places, dates "
          + "or quotes; summarize the cluster's articles for those)."
    })
final class SummarizeCommand implements Callable<Integer> {
  /** Made on first use: a text summary should not pay for building an ObjectMapper at start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin FurnitureOptions furniture;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles of one story.")
  List<String> paths;

  @Option(names = "--dataset", paramLabel = "FILE.jsonl",
      description = "Summarize every cluster of this dataset ({\"id\", \"documents\": [...]}).")
  Path dataset;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write here instead of standard output (required with --dataset; the "
          + "file is replaced only once every cluster is written).")
  Path out;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD",
      description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = MethodNames.class, defaultValue = Summarizers.DEFAULT)
  String method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, markdown, json, html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-l", "--language"}, paramLabel = "LANG",
      description = "Language of the articles (english, french, czech, greek, arabic, hebrew, "
          + "hindi); with --dataset, defaults to each cluster's own. People, places, dates, "
          + "quotes, sentence shortening, furniture removal and paraphrase credit are English "
          + "only; other languages get stems, stop words and the summary, and a note says so.")
  String language;

  @Option(names = "--no-compress", negatable = false,
      description = "Keep sentences whole (no dropping of linking openers and parentheticals).")
  boolean noCompress;

  @Option(names = "--no-dedup",
      description = "Treat copied articles as independent (by default each group of copies is "
          + "summarized once and every copy credited).")
  boolean noDedup;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "10",
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @picocli.CommandLine.Mixin FetchOptions fetch;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar or warnings on stderr.")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = "With --dataset, summarize N clusters at a time (default: one per "
          + "processor); the output is the same whatever N.")
  Integer threads;

  @Option(names = "--query", paramLabel = "TEXT",
      description = "Summarize what the articles say about this (\"sanctions on Russia\"): every "
          + "method chooses only sentences that use its words (stemmed, common words out) or "
          + "words that mostly occur with them; ilp also weighs those words more. Nothing about "
          + "it in the articles is an error, not an unrelated summary.")
  String query;

  @Option(names = "--since", paramLabel = "DATE",
      description = "An update summary: what is new since DATE (2026-03-09, 2026-03-09T18:00Z), "
          + "without what earlier articles said. Undated articles count as new.")
  String since;

  @Option(names = "--seen", paramLabel = "FILE", arity = "1..*",
      description = "An update summary for a reader who has read these (articles, or an earlier "
          + "summary as text): what they say is left out.")
  List<String> seen;

  @Override
  public Integer call() throws IOException {
    OutputFile.check(out);
    SummaryOptions options = options();
    if (dataset != null) {
      if (paths != null && !paths.isEmpty()) {
        throw new PrecisException("give either PATH arguments or --dataset, not both");
      }
      if (out == null) {
        throw new PrecisException("--dataset needs --out FILE.jsonl for the summaries");
      }
      if (since != null || seen != null) {
        throw new PrecisException("--since and --seen make an update summary of one story; "
            + "they do not work with --dataset");
      }
      summarizeDataset(options);
      return 0;
    }
    if (paths == null || paths.isEmpty()) {
      throw new PrecisException(
          "nothing to summarize: give article files or directories, - for standard input, or --dataset");
    }
    if (threads != null) {
      throw new PrecisException("--threads works with --dataset: one story is summarized on one "
          + "thread");
    }
    SummaryFormat summaryFormat = SummaryFormat.parse(format);
    ReadResult read;
    ArticleReader reader = FileLimit.reader(maxFileMb);
    try (PageFetcher fetcher = fetch.fetcher(reader)) {
      read = FileLimit.read(fetch.apply(reader, fetcher), paths, System.in);
    }
    if (!quiet) {
      read.warnings().forEach(w -> spec.commandLine().getErr().println("precis: " + w));
    }
    if (since != null || seen != null) {
      return update(options, read.articles(), reader, summaryFormat);
    }
    Summary summary = new SummaryPipeline(options).summarize(read.articles());
    write(SummaryWriter.write(summary, summaryFormat));
    return 0;
  }

  /** {@code --since}, {@code --seen}: the summary of what is new, or a line saying nothing is. */
  private int update(SummaryOptions options, List<Article> articles,
      ArticleReader reader, SummaryFormat summaryFormat) throws IOException {
    Since from = since == null ? null : Since.parse(since);
    List<Article> read = List.of();
    if (seen != null) {
      ReadResult seenRead = FileLimit.read(reader, seen, System.in);
      if (!quiet) {
        seenRead.warnings().forEach(w -> spec.commandLine().getErr().println("precis: --seen: " + w));
      }
      read = seenRead.articles();
    }
    UpdateSummary update = new UpdateSummarizer(options).summarize(articles, from, read);
    if (!update.nothingNew()) {
      write(SummaryWriter.write(update.summary(), summaryFormat));
    } else if (summaryFormat == SummaryFormat.JSON) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("since", update.since());
      root.put("newArticles", 0);
      root.put("seenArticles", update.seenArticles());
      root.put("message", update.message());
      write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } else {
      String line = update.message();
      write(Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".\n");
    }
    return 0;
  }

  private SummaryOptions options() {
    SummaryOptions options = SummaryOptions.defaults()
        .withMethod(method)
        .withBudget(BudgetOptions.of(budget, 100))
        .withCompression(!noCompress, false)
        .withDedup(!noDedup);
    if (query != null) {
      options = options.withQuery(query);
    }
    options = furniture.apply(options);
    if (language != null) {
      options = options.withLanguage(Language.parse(language));
    }
    return options;
  }

  private void summarizeDataset(SummaryOptions options) throws IOException {
    DatasetReader.requireFile(dataset);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new PrecisException("--threads must be 1 or more, got " + threads);
    }
    if (Files.exists(out) && Files.isSameFile(out, dataset)) {
      throw new PrecisException("--out " + out + " is the dataset itself; give another file "
          + "for the summaries");
    }
    PrintWriter err = spec.commandLine().getErr();
    // the summaries replace --out only once every cluster is written: a dataset that turns out
    // to be bad half-way leaves an earlier run's file as it was
    try (OutputFile.Replacement file = OutputFile.replace(out);
        Progress progress = Progress.start("summarize", () -> DatasetReader.count(dataset), quiet)) {
      BufferedWriter writer = file.writer();
      // clusters are independent: summarized side by side, written in the dataset's order
      try (InOrder<Topic, ObjectNode> work = new InOrder<>(workers,
          topic -> summarizeTopic(topic, options), line -> {
            if (line.has("error") && !quiet) {
              err.println("precis: cluster " + line.path("id").asText() + ": "
                  + line.path("error").asText());
            }
            writeLine(writer, line);
            progress.step();
          })) {
        DatasetReader.forEach(dataset, work::submit);
      }
      file.commit();
    }
  }

  private ObjectNode summarizeTopic(Topic topic, SummaryOptions options) {
    SummaryOptions topicOptions = options;
    if (language == null && topic.language() != null) {
      topicOptions = options.withLanguage(Language.parse(topic.language()));
    }
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("id", topic.id());
    try {
      // a dataset's lines carry the summary alone: its facts would be work for nobody
      Summary summary = new SummaryPipeline(topicOptions).withoutFacts()
          .summarize(topic.documents());
      line.put("summary", summary.text());
      line.put("method", summary.method());
      ArrayNode sentences = line.putArray("sentences");
      for (SummarySentence s : summary.sentences()) {
        ObjectNode node = sentences.addObject();
        node.put("text", s.text());
        s.sources().forEach(node.putArray("sources")::add);
      }
      line.set("parameters", JsonLine.object(summary.parameters()));
    } catch (PrecisException e) {
      // one bad cluster must not sink a dataset run: record it and go on
      line.put("summary", "");
      line.put("error", e.getMessage());
    }
    return line;
  }

  private void writeLine(BufferedWriter writer, ObjectNode line) {
    try {
      writer.write(JsonLine.write(line));
      writer.write('\n');
    } catch (IOException e) {
      throw OutputFile.cannotWrite(out, e);
    }
  }

  private void write(String text) throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    } else {
      OutputFile.write(out, text);
    }
  }

  /** Lets picocli list the method names in help and completion. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Summarizers.names().iterator();
    }
  }
}
