package dev.precis.follow;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import dev.precis.fetch.FetchException;
import dev.precis.fetch.Fetched;
import dev.precis.fetch.PageFetcher;
import dev.precis.fetch.Validators;
import dev.precis.read.ArticleReader;
import dev.precis.read.FeedDocument;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows feeds: polls each on its interval with conditional requests (ETag, Last-Modified),
 * waits longer when the feed's {@code ttl} or a {@code Retry-After} asks, backs off from a feed
 * that keeps failing, and hands the entries it has not seen before to a {@link Sink} (the
 * service's store). Entries that carry only a teaser get the text of the page they link, fetched
 * once. What it knows of each feed is saved in {@code dir}, so a restart resumes where it
 * stopped and takes no entry twice.
 *
 * <pre>{@code
 * try (FeedFollower follower = FeedFollower.open(dataDir.resolve("feeds"),
 *     FeedFollower.Options.defaults(), ArticleReader.defaults(), articles -> store(articles))) {
 *   follower.follow("https://example.org/feed.xml", null);
 *   follower.feeds().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A feed that is down, slow, malformed or enormous only marks that feed as failing with the
 * reason; the others go on.
 */
public final class FeedFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);
  /** A failing feed waits its interval times 2, 4, ... up to this factor. */
  private static final int MAX_BACKOFF = 32;

  /** Where new entries go: stores them durably and says, for each, whether it was new. */
  @FunctionalInterface
  public interface Sink {
    List<Boolean> store(List<Article> articles);
  }

  /**
   * How to follow.
   *
   * @param interval the time between two polls of a feed (a feed's ttl may make it longer)
   * @param fetch how feeds and pages are fetched (time limit, size cap, pause per host)
   * @param fullText whether teaser entries get the text of the page they link
   * @param threads feeds polled at once
   */
  public record Options(Duration interval, PageFetcher.Options fetch, boolean fullText,
      int threads) {
    public Options {
      if (interval == null || interval.toMillis() < 10 || interval.toDays() > 7) {
        throw new PrecisException("the poll interval must be between 10 ms and 7 days");
      }
      if (fetch == null) {
        throw new PrecisException("the follower needs fetch options");
      }
      if (threads < 1 || threads > 64) {
        throw new PrecisException("the feeds polled at once must be between 1 and 64");
      }
    }

    /**
     * Every 15 minutes, the fetcher's defaults, full text on, 16 feeds at once (polls mostly wait
     * for the network, and the entries of polls that wait together are stored together, see
     * {@link GroupCommit}).
     */
    public static Options defaults() {
      return new Options(Duration.ofMinutes(15), PageFetcher.Options.defaults(), true, 16);
    }

    public Options withInterval(Duration newInterval) {
      return new Options(newInterval, fetch, fullText, threads);
    }

    public Options withFetch(PageFetcher.Options newFetch) {
      return new Options(interval, newFetch, fullText, threads);
    }

    public Options withFullText(boolean newFullText) {
      return new Options(interval, fetch, newFullText, threads);
    }

    public Options withThreads(int newThreads) {
      return new Options(interval, fetch, fullText, newThreads);
    }
  }

  private final Path dir;
  private final Options options;
  private final ArticleReader reader;
  private final PageFetcher fetcher;
  private final GroupCommit sink;
  private final ScheduledThreadPoolExecutor pool;
  private final Map<String, FeedState> feeds = new ConcurrentHashMap<>();
  /** Each feed's next poll; every poll, on time or out of turn, books the next. */
  private final Map<String, Future<?>> scheduled = new ConcurrentHashMap<>();

  private FeedFollower(Path dir, Options options, ArticleReader reader, Sink sink) {
    this.dir = dir;
    this.options = options;
    this.reader = reader;
    this.sink = new GroupCommit(sink);
    this.fetcher = PageFetcher.with(options.fetch());
    AtomicInteger n = new AtomicInteger();
    this.pool = new ScheduledThreadPoolExecutor(options.threads(), r -> {
      Thread t = new Thread(r, "precis-feeds-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.setRemoveOnCancelPolicy(true);
  }

  /**
   * Opens the follower's directory (created when missing), reloads every feed followed before and
   * schedules its next poll.
   *
   * @throws PrecisException when the directory cannot be used
   */
  public static FeedFollower open(Path dir, Options options, ArticleReader reader, Sink sink) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new PrecisException("cannot create the feeds directory " + dir + ": "
          + e.getMessage(), e);
    }
    FeedFollower follower = new FeedFollower(dir, options, reader, sink);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try {
          FeedState state = FeedState.load(file);
          if (state != null) {
            follower.feeds.put(state.url, state);
          }
        } catch (IOException | RuntimeException e) {
          LOG.warn("ignoring {}: not a feed state ({})", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new PrecisException("cannot read the feeds directory " + dir + ": " + e.getMessage(),
          e);
    }
    Instant now = Instant.now();
    for (FeedState state : follower.feeds.values()) {
      follower.schedule(state, Duration.between(now, state.nextPoll));
    }
    return follower;
  }

  /**
   * Follows the feed at {@code url} from now on (its first poll starts at once), or returns how
   * it is doing when it is already followed.
   *
   * @param title what to call it until it says its own title, or null
   * @throws PrecisException when {@code url} is not an http(s) address
   */
  public FeedStatus follow(String url, String title) {
    URI uri = PageFetcher.parseUri(url);
    String key = uri.toString();
    FeedState fresh = new FeedState(key, title == null || title.isBlank() ? null : title.strip(),
        Instant.now());
    FeedState existing = feeds.putIfAbsent(key, fresh);
    if (existing != null) {
      synchronized (existing) {
        return existing.status();
      }
    }
    synchronized (fresh) {
      fresh.save(file(key), true);
    }
    schedule(fresh, Duration.ZERO);
    return fresh.status();
  }

  /** Whether {@code url} is followed. */
  public boolean follows(String url) {
    return feeds.containsKey(PageFetcher.parseUri(url).toString());
  }

  /** Every followed feed, by address. */
  public List<FeedStatus> feeds() {
    List<FeedStatus> list = new ArrayList<>();
    for (FeedState state : feeds.values()) {
      synchronized (state) {
        list.add(state.status());
      }
    }
    list.sort(Comparator.comparing(FeedStatus::url));
    return list;
  }

  /**
   * Polls every feed now, several at once, and returns when all are done (their next polls are
   * then scheduled as usual): a poll round on demand, as the benchmark times it.
   */
  public void pollAll() {
    List<Future<?>> running = new ArrayList<>();
    for (FeedState state : feeds.values()) {
      running.add(pool.submit(() -> poll(state)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WorkCancelledException("interrupted while polling feeds");
      } catch (ExecutionException e) {
        LOG.warn("a feed poll failed: {}", e.getCause().toString());
      }
    }
  }

  private void schedule(FeedState state, Duration delay) {
    if (pool.isShutdown()) {
      return;
    }
    long millis = Math.max(0, delay.toMillis());
    Future<?> old = scheduled.put(state.url,
        pool.schedule(() -> poll(state), millis, TimeUnit.MILLISECONDS));
    if (old != null && !old.isDone()) {
      old.cancel(false);
    }
  }

  /** One poll of one feed; never throws, whatever the feed does. */
  private void poll(FeedState state) {
    Duration next;
    synchronized (state) {
      try {
        next = pollLocked(state);
      } catch (WorkCancelledException e) {
        // the follower is closing: this poll is left as if it never started
        return;
      } catch (RuntimeException e) {
        // a bug, not the feed's fault: keep following it, and say what happened
        LOG.warn("polling {} failed", state.url, e);
        state.status = "failing";
        state.problem = "internal error: " + e;
        state.failures++;
        next = backoff(state, null);
      }
      state.nextPoll = Instant.now().plus(next);
      try {
        state.save(file(state.url), false);
      } catch (UncheckedIOException e) {
        LOG.warn("{}", e.getMessage());
      }
    }
    schedule(state, next);
  }

  private Duration pollLocked(FeedState state) {
    state.polls++;
    state.lastFetch = Instant.now();
    Fetched fetched;
    try {
      fetched = fetcher.get(URI.create(state.url),
          new Validators(state.etag, state.lastModified));
    } catch (FetchException e) {
      return failed(state, e.getMessage(), e.retryAfter().orElse(null));
    }
    Duration next = options.interval();
    if (fetched.retryAfter() != null && fetched.retryAfter().compareTo(next) > 0) {
      next = fetched.retryAfter();
    }
    if (fetched.notModified()) {
      state.status = "unchanged";
      state.problem = null;
      state.failures = 0;
      return next;
    }
    FeedDocument doc;
    try {
      doc = reader.readFeed(state.url, fetched.body());
    } catch (PrecisException e) {
      return failed(state, e.getMessage(), null);
    }
    if (doc.title() != null) {
      state.title = doc.title();
    }
    List<Article> fresh = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<String> inThisDocument = new HashSet<>();
    List<String> warnings = new ArrayList<>();
    String host = URI.create(state.url).getHost();
    for (FeedDocument.Entry entry : doc.entries()) {
      if (state.seen.contains(entry.key()) || !inThisDocument.add(entry.key())) {
        continue;
      }
      Article article = entry.article().withId(host + "-" + hash(state.url, entry.key()));
      if (options.fullText() && entry.teaser()) {
        article = reader.fullText(article, fetcher, warnings);
      }
      fresh.add(article);
      keys.add(entry.key());
    }
    if (!fresh.isEmpty()) {
      try {
        state.articles += sink.store(fresh).stream().filter(Boolean::booleanValue).count();
      } catch (WorkCancelledException e) {
        throw e;
      } catch (RuntimeException e) {
        // not remembered as seen: the next poll offers them again
        return failed(state, "its new entries could not be stored: " + e.getMessage(), null);
      }
      state.remember(keys);
    }
    state.etag = fetched.etag();
    state.lastModified = fetched.lastModified();
    state.status = "ok";
    state.problem = warnings.isEmpty() ? null : String.join("; ", warnings);
    state.failures = 0;
    if (doc.ttlMinutes() != null && Duration.ofMinutes(doc.ttlMinutes()).compareTo(next) > 0) {
      next = Duration.ofMinutes(doc.ttlMinutes());
    }
    return next;
  }

  private Duration failed(FeedState state, String problem, Duration retryAfter) {
    state.status = "failing";
    state.problem = problem;
    state.failures++;
    return backoff(state, retryAfter);
  }

  /** The interval doubled for each failure in a row (up to 32 times), or Retry-After if longer. */
  private Duration backoff(FeedState state, Duration retryAfter) {
    int factor = Math.min(MAX_BACKOFF, 1 << Math.min(5, Math.max(0, state.failures - 1)));
    Duration wait = options.interval().multipliedBy(factor);
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }

  private Path file(String url) {
    return dir.resolve(hash(url, "").substring(0, 16) + ".json");
  }

  /** A short stable name for an entry of a feed: the same entry always gets the same id. */
  static String hash(String url, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((url + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops polling (a poll under way is abandoned; its feed is polled again after a restart). */
  @Override
  public void close() {
    pool.shutdownNow();
    sink.close();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fetcher.close();
  }
}
