package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.read.ArticleReader;
import dev.precis.read.FileTooLargeException;
import dev.precis.read.ReadResult;
import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --max-file-mb} of the commands that read a stream of articles ({@code dedup},
 * {@code cluster}, {@code digest}): a day's feed in one JSON-lines file is easily more than
 * {@code summarize}'s 10 MB. The default stays within what the launcher's 1 GB heap can hold
 * with the articles analysed (measured: a 100 MB feed of DUC articles clusters in about 1 GB;
 * 150 MB runs out of memory). A refusal says how to raise the limit.
 */
final class FileLimit {
  static final long DEFAULT_MB = 100;
  /** The reader holds a file in one array, so a file can be at most about 2 GB. */
  static final long MAX_MB = 2047;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "100",
      description = "Refuse input files larger than this, 1 to " + MAX_MB
          + " (default: ${DEFAULT-VALUE}; more needs more heap: PRECIS_JAVA_OPTS=-Xmx4g).")
  long maxFileMb;

  ArticleReader reader() {
    return reader(maxFileMb);
  }

  ReadResult read(List<String> paths, InputStream stdin) {
    return read(reader(), paths, stdin);
  }

  /** A reader refusing files over {@code mb} megabytes, which must be 1 to {@link #MAX_MB}. */
  static ArticleReader reader(long mb) {
    if (mb < 1 || mb > MAX_MB) {
      throw new PrecisException("--max-file-mb must be between 1 and " + MAX_MB + ", not " + mb);
    }
    return ArticleReader.defaults().withMaxBytesPerFile(mb * 1024 * 1024);
  }

  /** Reads the inputs; a file over the limit is refused with the option that raises it. */
  static ReadResult read(ArticleReader reader, List<String> paths, InputStream stdin) {
    try {
      return reader.read(paths, stdin);
    } catch (FileTooLargeException e) {
      throw tooLarge(e.getMessage());
    }
  }

  static PrecisException tooLarge(String message) {
    return new PrecisException(message + " (raise it with --max-file-mb)");
  }
}
