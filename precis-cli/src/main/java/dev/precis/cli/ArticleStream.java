package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.io.ArticleReader;
import dev.precis.io.InputFormat;
import dev.precis.io.ReadResult;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input of the commands that take a stream of articles ({@code dedup}, {@code cluster},
 * {@code digest}), read the same way by all three: files and directories by their extension,
 * {@code -} for stdin, and {@code --articles FILE} as JSON lines whatever its name (a feed is
 * often saved as {@code .txt} or {@code .ndjson}).
 */
final class ArticleStream {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Articles: .txt, .html, .json, .jsonl files, directories, - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "FILE.jsonl",
      description = "A JSON-lines file of articles, read as JSON lines whatever its name: "
          + "{\"id\", \"title\"?, \"date\"?, \"source\"?, \"url\"?, \"text\"} per line.")
  Path articles;

  @Mixin FileLimit limit;

  @Option(names = {"-q", "--quiet"}, description = "No reading warnings on stderr.")
  boolean quiet;

  /**
   * The articles of the inputs and then of {@code --articles}; reading warnings go to {@code err}
   * unless quiet.
   *
   * @throws PrecisException when nothing was given, or an input cannot be read
   */
  List<Article> read(InputStream stdin, PrintWriter err) {
    if (inputs.isEmpty() && articles == null) {
      throw new PrecisException("no input given; name files or directories, - for stdin, or "
          + "--articles FILE.jsonl");
    }
    List<Article> result = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    ArticleReader reader = limit.reader();
    if (!inputs.isEmpty()) {
      ReadResult read = FileLimit.read(reader, inputs, stdin);
      result.addAll(read.articles());
      warnings.addAll(read.warnings());
    }
    if (articles != null) {
      ReadResult read = reader.readBytes(articles.toString(), bytes(articles, reader),
          InputFormat.JSONL);
      result.addAll(read.articles());
      warnings.addAll(read.warnings());
    }
    if (!quiet) {
      warnings.forEach(w -> err.println("precis: warning: " + w));
      err.flush();
    }
    return result;
  }

  private static byte[] bytes(Path file, ArticleReader reader) {
    try {
      if (Files.isDirectory(file)) {
        throw new PrecisException("--articles " + file + " is a directory, not a JSON lines file; "
            + "give a directory as INPUT instead");
      }
      if (Files.size(file) > reader.maxBytesPerFile()) {
        throw FileLimit.tooLarge(file + " is larger than the limit of "
            + (reader.maxBytesPerFile() >> 20) + " MB per file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PrecisException(file + " does not exist", e);
    } catch (IOException e) {
      throw new PrecisException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
