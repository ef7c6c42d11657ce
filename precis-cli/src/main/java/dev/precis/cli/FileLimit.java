package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.io.ArticleReader;
import dev.precis.io.ReadResult;
import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --max-file-mb} of the commands that read a stream of articles ({@code dedup},
 * {@code cluster}): a day's feed in one JSON-lines file is easily hundreds of megabytes, so the
 * limit is higher than {@code summarize}'s, and the refusal says how to raise it.
 */
final class FileLimit {
  static final long DEFAULT_MB = 200;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "" + DEFAULT_MB,
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb = DEFAULT_MB;

  ArticleReader reader() {
    if (maxFileMb < 1) {
      throw new PrecisException("--max-file-mb must be at least 1, not " + maxFileMb);
    }
    return ArticleReader.defaults().withMaxBytesPerFile(maxFileMb * 1024 * 1024);
  }

  /** Reads the inputs; a file over the limit is refused with the option that raises it. */
  ReadResult read(List<String> paths, InputStream stdin) {
    try {
      return reader().read(paths, stdin);
    } catch (PrecisException e) {
      throw withHint(e);
    }
  }

  static PrecisException withHint(PrecisException e) {
    return e.getMessage().contains("per file")
        ? new PrecisException(e.getMessage() + " (raise it with --max-file-mb)", e) : e;
  }
}
