package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.io.ArticleReader;
import dev.precis.io.FileTooLargeException;
import dev.precis.io.ReadResult;
import dev.precis.text.Article;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input of the commands that take a stream of articles ({@code dedup}, {@code cluster},
 * {@code digest}), read the same way by all three: files and directories by their extension,
 * {@code -} for stdin, and {@code --articles FILE} as JSON lines whatever its name (see {@link
 * ArticleReader#read(List, List, InputStream)}), all in one run.
 */
final class ArticleStream {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Articles: .txt, .html, .json, .jsonl files, directories, - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "FILE.jsonl",
      description = "A file of articles read as JSON lines whatever its name (or one JSON array), "
          + "- for stdin: {\"id\", \"title\"?, \"date\"?, \"source\"?, \"url\"?, \"text\"} "
          + "per line. A feed of headlines repeats the headline as text.")
  String articles;

  @Mixin FileLimit limit;

  @Option(names = {"-q", "--quiet"}, description = "No reading warnings on stderr.")
  boolean quiet;

  /**
   * The articles of the inputs and then of {@code --articles}, read in one run (an id repeated
   * across them is renamed, with a warning); reading warnings go to {@code err} unless quiet.
   *
   * @throws PrecisException when nothing was given, or an input cannot be read
   */
  List<Article> read(InputStream stdin, PrintWriter err) {
    if (inputs.isEmpty() && articles == null) {
      throw new PrecisException("no input given; name files or directories, - for stdin, or "
          + "--articles FILE.jsonl");
    }
    ReadResult read;
    try {
      read = limit.reader().read(inputs, articles == null ? List.of() : List.of(articles), stdin);
    } catch (FileTooLargeException e) {
      throw FileLimit.tooLarge(e.getMessage());
    }
    if (!quiet) {
      read.warnings().forEach(w -> err.println("precis: warning: " + w));
      err.flush();
    }
    return read.articles();
  }
}
