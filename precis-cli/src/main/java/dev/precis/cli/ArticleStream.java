package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.eval.stream.LabeledStream;
import dev.precis.eval.stream.Streams;
import dev.precis.fetch.PageFetcher;
import dev.precis.read.ArticleReader;
import dev.precis.read.FileTooLargeException;
import dev.precis.read.ReadResult;
import dev.precis.text.Article;
import dev.precis.text.Language;
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
 * ArticleReader#read(List, List, InputStream)}), all in one run; or one of the evaluation streams
 * of {@code ../shared} by name, so the commands run on exactly what {@code eval-cluster} scores.
 */
final class ArticleStream {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Articles: .txt, .html, .json, .jsonl files, RSS/Atom feeds (.rss, .atom, "
          + ".xml), OPML lists of feeds (.opml), http(s) addresses, directories, - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "FILE.jsonl",
      description = "A file of articles read as JSON lines whatever its name (or one JSON array), "
          + "- for stdin: {\"id\", \"title\"?, \"date\"?, \"source\"?, \"url\"?, \"text\"} "
          + "per line. A feed of headlines repeats the headline as text.")
  String articles;

  /** Instead of INPUT and --articles. */
  @Mixin NamedStream stream;

  @Mixin FileLimit limit;

  @Mixin FetchOptions fetch;

  @Option(names = {"-q", "--quiet"}, description = "No reading warnings on stderr.")
  boolean quiet;

  /** The language of the {@code --stream} read, or null (files say nothing of theirs). */
  private Language streamLanguage;

  /**
   * The articles of the inputs and then of {@code --articles}, read in one run (an id repeated
   * across them is renamed, with a warning); reading warnings go to {@code err} unless quiet.
   *
   * @throws PrecisException when nothing was given, or an input cannot be read
   */
  List<Article> read(InputStream stdin, PrintWriter err) {
    if (stream.given()) {
      if (!inputs.isEmpty() || articles != null) {
        throw new PrecisException("give either --stream or INPUT / --articles, not both");
      }
      LabeledStream labeled = stream.load();
      if (!quiet) {
        labeled.notes().forEach(note -> err.println("precis: note: " + labeled.name() + ": "
            + note));
        err.flush();
      }
      streamLanguage = labeled.language();
      return labeled.articles();
    }
    if (inputs.isEmpty() && articles == null) {
      throw new PrecisException("no input given; name files or directories, - for stdin, "
          + "--articles FILE.jsonl, or --stream " + String.join("|", Streams.names()));
    }
    ReadResult read;
    ArticleReader reader = limit.reader();
    try (PageFetcher fetcher = fetch.fetcher(reader)) {
      read = fetch.apply(reader, fetcher)
          .read(inputs, articles == null ? List.of() : List.of(articles), stdin);
    } catch (FileTooLargeException e) {
      throw FileLimit.tooLarge(e.getMessage());
    }
    if (!quiet) {
      read.warnings().forEach(w -> err.println("precis: warning: " + w));
      err.flush();
    }
    return read.articles();
  }

  /** After {@link #read}: the language of the named stream, or null for files. */
  Language streamLanguage() {
    return streamLanguage;
  }
}
