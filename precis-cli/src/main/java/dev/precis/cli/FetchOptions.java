package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.fetch.PageFetcher;
import dev.precis.read.ArticleReader;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How the commands that read articles fetch http(s) inputs and the feeds of an OPML file, and
 * whether feed entries that carry only a teaser are replaced by the page they link ({@code
 * --fetch}, off by default: reading a feed file should not send requests the user did not ask
 * for).
 *
 * <pre>{@code
 * @Mixin FetchOptions fetch;
 * try (PageFetcher fetcher = fetch.fetcher(reader)) {
 *   ReadResult read = fetch.apply(reader, fetcher).read(paths, System.in);
 * }
 * }</pre>
 */
final class FetchOptions {
  @Option(names = "--fetch",
      description = "For feed entries that carry only a teaser, fetch the page they link and "
          + "read the article from it (a failure keeps the teaser and says why).")
  boolean fullText;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "15",
      description = "Time limit of one feed or page fetch (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--fetch-interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between two requests to the same host (default: "
          + "${DEFAULT-VALUE}).")
  double intervalSeconds;

  /** A fetcher whose size cap is the reader's file limit. */
  PageFetcher fetcher(ArticleReader reader) {
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 600)) {
      throw new PrecisException("--fetch-timeout must be more than 0 and at most 600 seconds");
    }
    if (!(intervalSeconds >= 0 && intervalSeconds <= 60)) {
      throw new PrecisException("--fetch-interval must be between 0 and 60 seconds");
    }
    return PageFetcher.with(PageFetcher.Options.defaults()
        .withTimeout(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))))
        .withPerHostInterval(Duration.ofMillis(Math.round(intervalSeconds * 1000)))
        .withMaxBytes(reader.maxBytesPerFile()));
  }

  ArticleReader apply(ArticleReader reader, PageFetcher fetcher) {
    return reader.withFetcher(fetcher, fullText);
  }
}
