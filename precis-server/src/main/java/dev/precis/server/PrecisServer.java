package dev.precis.server;

import dev.precis.PrecisException;
import dev.precis.follow.FeedFollower;
import dev.precis.read.ArticleReader;
import dev.precis.text.Article;
import dev.precis.text.Language;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Précis as a service: the JSON API, the web page and the article store in one process.
 *
 * <pre>{@code
 * try (PrecisServer server = PrecisServer.start(PrecisServer.Config.defaults(Path.of("data")))) {
 *   System.out.println(server.url());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Bad configuration (an unusable data directory, a port in use) is a {@link PrecisException}
 * with a message naming the problem, raised before anything listens.
 */
public final class PrecisServer implements AutoCloseable {
  /** The followed feeds' state, inside the data directory so that it moves with the store. */
  static final String FEEDS_DIR = "feeds";

  private final Config config;
  private final NewsDesk desk;
  private final Javalin app;
  private final WorkPool work;
  private final FeedFollower feeds;
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * How to run the service.
   *
   * @param host interface to listen on; 127.0.0.1 keeps it to this machine
   * @param port TCP port; 0 picks a free one
   * @param dataDir where the store lives; created when missing
   * @param maxBodyBytes largest request body accepted
   * @param maxArticlesPerRequest most articles in one request
   * @param language the language of the articles sent to the store: the stemmer and stop words
   *     their stories are found with, and the language those stories are summarized in
   *     ({@code POST /api/summarize} names its own)
   * @param allowedHosts host names the server answers to besides {@code host} and the loopback
   *     names (requests naming another in {@code Host} are refused: DNS rebinding)
   * @param token what writes to the store must present; required unless {@code host} is loopback
   * @param requestTimeout the time budget of one request's work (summarizing, reading uploads)
   * @param maxConnections open connections at most; more wait to be accepted
   * @param follow how followed feeds are polled and their pages fetched
   */
  public record Config(String host, int port, Path dataDir, long maxBodyBytes,
      int maxArticlesPerRequest, Language language, Set<String> allowedHosts, AccessToken token,
      Duration requestTimeout, int maxConnections, FeedFollower.Options follow) {
    public static final int DEFAULT_PORT = 8080;

    public Config {
      if (host == null || host.isBlank()) {
        throw new PrecisException("the host to listen on is blank");
      }
      if (port < 0 || port > 65_535) {
        throw new PrecisException("the port must be between 0 and 65535, not " + port);
      }
      if (dataDir == null) {
        throw new PrecisException("the service needs a data directory");
      }
      if (maxBodyBytes < 1024 || maxBodyBytes > Integer.MAX_VALUE - 16) {
        throw new PrecisException("the body size limit must be between 1 KB and 2 GB");
      }
      if (maxArticlesPerRequest < 1) {
        throw new PrecisException("the article limit per request must be positive");
      }
      if (language == null) {
        throw new PrecisException("the service needs the language of its articles");
      }
      allowedHosts = Set.copyOf(allowedHosts);
      for (String name : allowedHosts) {
        if (name.isBlank() || !name.strip().matches("[A-Za-z0-9.:\\[\\]_-]+")) {
          throw new PrecisException("--allow-host takes a host name or address, not '" + name + "'");
        }
      }
      if (requestTimeout == null || requestTimeout.toMillis() < 100
          || requestTimeout.toSeconds() > 3_600) {
        throw new PrecisException("the request time limit must be between 0.1 s and 1 hour");
      }
      if (follow == null) {
        throw new PrecisException("the service needs its feed-following options");
      }
      if (maxConnections < 16) {
        throw new PrecisException("the connection limit must be at least 16, not "
            + maxConnections);
      }
    }

    /**
     * 127.0.0.1:8080, 16 MB bodies, 1,000 articles per request, English articles, 30 s per
     * request, 10,000 connections, no token.
     */
    public static Config defaults(Path dataDir) {
      return new Config("127.0.0.1", DEFAULT_PORT, dataDir, 16L * 1024 * 1024, 1_000,
          Language.ENGLISH, Set.of(), null, Duration.ofSeconds(30), 10_000,
          FeedFollower.Options.defaults());
    }

    /**
     * Refuses to listen beyond this machine without a token: anyone who can reach the port could
     * otherwise fill the store.
     */
    void requireTokenBeyondLoopback() {
      if (token == null && !isLoopback(host)) {
        throw new PrecisException("listening on " + host + " reaches beyond this machine, so "
            + "writes need an access token: give --token-file FILE (a file holding a secret of "
            + AccessToken.MIN_LENGTH + " or more characters, e.g. from openssl rand -hex 32)");
      }
    }

    /** Whether {@code host} is this machine only: localhost, 127.0.0.0/8 or ::1. */
    static boolean isLoopback(String host) {
      String h = RequestGuard.hostName(host);
      return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1")
          || h.equals("0:0:0:0:0:0:0:1");
    }

    public Config withHost(String newHost) {
      return new Config(newHost, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, maxConnections, follow);
    }

    public Config withPort(int newPort) {
      return new Config(host, newPort, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, maxConnections, follow);
    }

    public Config withDataDir(Path newDataDir) {
      return new Config(host, port, newDataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, maxConnections, follow);
    }

    public Config withMaxBodyBytes(long bytes) {
      return new Config(host, port, dataDir, bytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, maxConnections, follow);
    }

    public Config withLanguage(Language newLanguage) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, newLanguage,
          allowedHosts, token, requestTimeout, maxConnections, follow);
    }

    /** Host names the server answers to besides its own and the loopback names. */
    public Config withAllowedHosts(Set<String> names) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          names, token, requestTimeout, maxConnections, follow);
    }

    /** The token writes must present, read from {@code file} (see {@link AccessToken}). */
    public Config withTokenFile(Path file) {
      return withToken(AccessToken.fromFile(file));
    }

    Config withToken(AccessToken newToken) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, newToken, requestTimeout, maxConnections, follow);
    }

    public Config withRequestTimeout(Duration timeout) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, timeout, maxConnections, follow);
    }

    /** How followed feeds are polled (interval, fetch limits, full text of teasers). */
    public Config withFollow(FeedFollower.Options newFollow) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, maxConnections, newFollow);
    }

    public Config withMaxConnections(int connections) {
      return new Config(host, port, dataDir, maxBodyBytes, maxArticlesPerRequest, language,
          allowedHosts, token, requestTimeout, connections, follow);
    }
  }

  private PrecisServer(Config config, NewsDesk desk, Javalin app, WorkPool work,
      FeedFollower feeds) {
    this.config = config;
    this.desk = desk;
    this.app = app;
    this.work = work;
    this.feeds = feeds;
  }

  /** Opens the store, rebuilds the story state from it, and starts listening. */
  public static PrecisServer start(Config config) {
    config.requireTokenBeyondLoopback();
    return start(config, ArticleStore.open(config.dataDir()));
  }

  static PrecisServer start(Config config, ArticleStore store) {
    Summaries summaries = new Summaries();
    NewsDesk desk;
    try {
      desk = new NewsDesk(store, summaries, config.language());
    } catch (RuntimeException e) {
      try {
        store.close();
      } catch (IOException ignored) {
        // the first error is the one to report
      }
      throw e;
    }
    WorkPool work = new WorkPool(config.requestTimeout());
    FeedFollower feeds;
    try {
      // followed feeds go through the same dedup-and-stories path as POST /api/articles
      feeds = FeedFollower.open(config.dataDir().resolve(FEEDS_DIR), config.follow(),
          ArticleReader.defaults(), articles -> {
            // an entry stored just before a crash, whose state file was not yet saved, comes
            // again after the restart, its page maybe changed meanwhile: it is already stored
            List<Article> fresh = articles.stream()
                .filter(a -> desk.article(a.id()).isEmpty()).toList();
            Set<String> added = new HashSet<>();
            if (!fresh.isEmpty()) {
              NewsDesk.Batch batch = work.serialWrite(() -> desk.ingest(fresh));
              batch.articles().stream().filter(i -> !i.status().equals("exists"))
                  .forEach(i -> added.add(i.id()));
            }
            return articles.stream().map(a -> added.contains(a.id())).toList();
          });
    } catch (RuntimeException e) {
      work.close();
      closeQuietly(desk);
      throw e;
    }
    Api api = new Api(config, desk, summaries, work, feeds);
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      ConnectionLimits.apply(c, config.maxConnections());
      api.configure(c);
    });
    try {
      app.start();
      ConnectionLimits.applyToConnectors(app);
    } catch (RuntimeException e) {
      feeds.close();
      work.close();
      closeQuietly(desk);
      throw new PrecisException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e) + (config.port() != 0 ? "; choose another port with --port" : ""), e);
    }
    return new PrecisServer(config, desk, app, work, feeds);
  }

  /** The feeds this server follows ({@code --follow}, {@code POST /api/feeds}). */
  public FeedFollower feeds() {
    return feeds;
  }

  public int port() {
    return app.port();
  }

  /** The address of the web page, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** Every HTTP route as "METHOD /path", in registration order (the OpenAPI test reads it). */
  java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  public Config config() {
    return config;
  }

  /** Requests whose work is running now. */
  int busyWorkers() {
    return work.busy();
  }

  /** Blocks until {@link #close()} is called (for a command that only serves). */
  public void join() throws InterruptedException {
    stopped.await();
  }

  /** Stops listening, then closes the store; everything acknowledged is already on disk. */
  @Override
  public void close() {
    try {
      feeds.close();
      app.stop();
    } finally {
      work.close();
      closeQuietly(desk);
      stopped.countDown();
    }
  }

  private static void closeQuietly(NewsDesk desk) {
    try {
      desk.close();
    } catch (IOException e) {
      // nothing is lost: every acknowledged write was committed before its answer
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /**
   * Runs the service without the CLI (the durability test starts it so, as its own process):
   * {@code --port N --data DIR [--host H] [--language LANG] [--token-file FILE]}. Prints the URL
   * once listening.
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    Config config = Config.defaults(Path.of("precis-data"));
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--port" -> config = config.withPort(Integer.parseInt(value));
          case "--host" -> config = config.withHost(value);
          case "--data" -> config = config.withDataDir(Path.of(value));
          case "--language" -> config = config.withLanguage(Language.parse(value));
          case "--token-file" -> config = config.withTokenFile(Path.of(value));
          default -> throw new PrecisException("unknown option " + args[i]
              + "; use --port N, --host H, --data DIR, --language LANG, --token-file FILE");
        }
        i++;
      }
      PrecisServer server = start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      out.println("precis: serving " + server.url() + " (data in " + config.dataDir() + ")");
      out.flush();
      server.join();
    } catch (PrecisException | NumberFormatException | NullPointerException e) {
      System.err.println("precis: " + e.getMessage());
      System.exit(2);
    }
  }
}
