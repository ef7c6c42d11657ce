package dev.precis.fetch;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and pages over HTTP the polite way: a {@code User-Agent} that says who asks, a
 * time limit on the whole answer (a server trickling bytes cannot hold a thread), a size cap
 * checked while the body arrives, a few redirects at most (loops are named), and a pause between
 * two requests to the same host.
 *
 * <pre>{@code
 * try (PageFetcher fetcher = PageFetcher.defaults()) {
 *   Fetched page = fetcher.get(URI.create("https://example.org/feed.xml"), Validators.NONE);
 *   Fetched again = fetcher.get(page.uri(), Validators.of(page)); // 304 when unchanged
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link FetchException} naming the address and the reason. Thread-safe.
 */
public final class PageFetcher implements AutoCloseable {
  /** Says who is asking, so a site's operator can tell what this traffic is. */
  public static final String USER_AGENT =
      "Precis/0.1 (multi-document news summarizer; reads feeds and the articles they link)";

  /**
   * How a fetcher behaves.
   *
   * @param timeout the whole answer, headers and body, must arrive within this
   * @param maxBytes bodies larger than this are refused
   * @param perHostInterval the least time between two requests to one host
   * @param maxRedirects redirects followed at most
   * @param userAgent sent with every request
   */
  public record Options(Duration timeout, long maxBytes, Duration perHostInterval,
      int maxRedirects, String userAgent) {
    public Options {
      if (timeout == null || timeout.toMillis() < 1 || timeout.toMinutes() > 10) {
        throw new PrecisException("the fetch time limit must be between 1 ms and 10 minutes");
      }
      if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
        throw new PrecisException("the fetch size limit must be between 1 byte and 2 GB");
      }
      if (perHostInterval == null || perHostInterval.isNegative()) {
        throw new PrecisException("the pause between requests to one host cannot be negative");
      }
      if (maxRedirects < 0 || maxRedirects > 20) {
        throw new PrecisException("the redirect limit must be between 0 and 20");
      }
      if (userAgent == null || userAgent.isBlank()) {
        throw new PrecisException("the User-Agent is blank");
      }
    }

    /** 15 s per answer, 10 MB, one request per second to a host, 5 redirects. */
    public static Options defaults() {
      return new Options(Duration.ofSeconds(15), 10L * 1024 * 1024, Duration.ofSeconds(1), 5,
          USER_AGENT);
    }

    public Options withTimeout(Duration t) {
      return new Options(t, maxBytes, perHostInterval, maxRedirects, userAgent);
    }

    public Options withMaxBytes(long bytes) {
      return new Options(timeout, bytes, perHostInterval, maxRedirects, userAgent);
    }

    public Options withPerHostInterval(Duration interval) {
      return new Options(timeout, maxBytes, interval, maxRedirects, userAgent);
    }
  }

  private final Options options;
  /**
   * Made on the first request: building a client starts its TLS set-up and selector thread, about
   * a fifth of a one-story command's start, and most commands that hold a fetcher read only files.
   */
  private HttpClient client;
  private boolean closed;
  /** Per host: when (System.nanoTime) the next request may start. */
  private final Map<String, long[]> nextStart = new ConcurrentHashMap<>();

  private PageFetcher(Options options) {
    this.options = options;
  }

  private synchronized HttpClient client() {
    if (closed) {
      throw new FetchException("no requests after the fetcher was closed");
    }
    if (client == null) {
      client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER) // followed here, to count and name loops
          .connectTimeout(options.timeout())
          .version(HttpClient.Version.HTTP_1_1)
          .build();
    }
    return client;
  }

  public static PageFetcher defaults() {
    return new PageFetcher(Options.defaults());
  }

  public static PageFetcher with(Options options) {
    return new PageFetcher(options);
  }

  public Options options() {
    return options;
  }

  /**
   * Reads an address a user typed: http or https with a host, or a clear refusal.
   *
   * @throws PrecisException naming what is wrong with it
   */
  public static URI parseUri(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new PrecisException("'" + text + "' is not a valid address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new PrecisException("'" + text + "' is not an http or https address");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new PrecisException("'" + text + "' has no host name");
    }
    return uri;
  }

  /** Whether {@code text} looks like an address rather than a file name. */
  public static boolean looksLikeUrl(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  /**
   * Fetches {@code uri}, conditionally when {@code validators} carry an ETag or a date.
   *
   * @return the content (2xx) or a 304 answer with an empty body
   * @throws FetchException when no usable answer came: any other status, a timeout, a body past
   *     the size cap, too many redirects, a refused connection
   */
  public Fetched get(URI uri, Validators validators) {
    URI current = parseUri(uri.toString());
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(current)) {
        throw new FetchException(uri + ": redirect loop (back to " + current + ")");
      }
      HttpResponse<byte[]> response = send(current, validators, uri);
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      if (status >= 300 && status < 400 && status != 304) {
        String location = headers.firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(uri + ": HTTP " + status + " redirect without a Location",
              status, null);
        }
        if (hop >= options.maxRedirects()) {
          throw new FetchException(uri + ": more than " + options.maxRedirects()
              + " redirects", status, null);
        }
        URI next;
        try {
          next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException(uri + ": redirected to an invalid address '" + location + "'",
              status, null);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw new FetchException(uri + ": redirected to '" + location
              + "', which is not http or https", status, null);
        }
        current = next;
        continue;
      }
      Duration retryAfter = retryAfter(headers.firstValue("Retry-After").orElse(null));
      if (status != 304 && (status < 200 || status > 299)) {
        throw new FetchException(uri + ": HTTP " + status + reason(status), status, retryAfter);
      }
      return new Fetched(current, status, status == 304 ? new byte[0] : response.body(),
          headers.firstValue("Content-Type").orElse(null),
          headers.firstValue("ETag").orElse(null),
          headers.firstValue("Last-Modified").orElse(null), retryAfter);
    }
  }

  private HttpResponse<byte[]> send(URI uri, Validators validators, URI asked) {
    pace(uri);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/html;q=0.8, */*;q=0.5")
        .GET();
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    long cap = options.maxBytes();
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      future = client().sendAsync(request.build(), info -> new BoundedBody(cap,
          info.headers().firstValueAsLong("Content-Length").orElse(-1)));
    } catch (IllegalArgumentException e) {
      throw new FetchException(asked + ": cannot be requested (" + e.getMessage() + ")");
    }
    try {
      // the whole answer within the limit: the client's own timeout stops at the headers
      return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(asked + ": no complete answer within "
          + seconds(options.timeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new WorkCancelledException("interrupted while fetching");
    } catch (ExecutionException e) {
      throw failure(asked, e.getCause());
    }
  }

  private FetchException failure(URI asked, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BoundedBody.TooLarge) {
        return new FetchException(asked + ": larger than the limit of "
            + megabytes(options.maxBytes()));
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(asked + ": no connection within "
            + seconds(options.timeout()));
      }
      if (t instanceof java.net.http.HttpTimeoutException) {
        // the client's own limit on the headers, racing ours on the whole answer
        return new FetchException(asked + ": no complete answer within "
            + seconds(options.timeout()));
      }
      if (t instanceof ConnectException) {
        return new FetchException(asked + ": connection refused or host unreachable");
      }
    }
    String detail = cause == null ? "unknown error" : cause.getMessage() == null
        ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FetchException(asked + ": " + detail);
  }

  /** Waits until this host may be asked again, and books the next slot. */
  private void pace(URI uri) {
    long interval = options.perHostInterval().toNanos();
    if (interval == 0) {
      return;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    long[] slot = nextStart.computeIfAbsent(host, h -> new long[] {Long.MIN_VALUE});
    long wait;
    synchronized (slot) {
      long now = System.nanoTime();
      long start = slot[0] == Long.MIN_VALUE ? now : Math.max(now, slot[0]);
      slot[0] = start + interval;
      wait = start - now;
    }
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WorkCancelledException("interrupted while fetching");
      }
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 401, 403 -> " (access refused)";
      case 404 -> " (not found)";
      case 410 -> " (gone)";
      case 429 -> " (too many requests)";
      case 500 -> " (server error)";
      case 502, 504 -> " (gateway error)";
      case 503 -> " (unavailable)";
      default -> "";
    };
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.shutdownNow();
    }
  }
}
