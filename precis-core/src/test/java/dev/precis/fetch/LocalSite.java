package dev.precis.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for tests: documents with ETags (a changed document gets a new one),
 * and the bad cases a fetcher or a feed follower meets: {@code /slow} (answers only after its
 * delay), a 404, a redirect loop ({@code /loop/a}), {@code /busy} (503 with Retry-After: 120),
 * {@code /huge} (50 MB streamed as it is written, never held). {@link #start} serves pages;
 * {@link #feeds} serves {@code /slow} and {@code /huge} as RSS feeds, {@code /slow} after 30 s.
 *
 * <pre>{@code
 * try (LocalSite site = LocalSite.start()) {
 *   site.put("/feed.xml", "application/rss+xml", bytes);
 *   URI feed = site.uri("/feed.xml");
 * }
 * }</pre>
 */
public final class LocalSite implements AutoCloseable {
  /** The streamed page's size. */
  public static final long HUGE_BYTES = 50L * 1024 * 1024;

  private record Doc(String type, byte[] body, String etag) {}

  private final HttpServer server;
  private final boolean feeds;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger version = new AtomicInteger();
  private volatile long slowMillis;
  private volatile long hugeBytesSent;

  private LocalSite(boolean feeds) throws IOException {
    this.feeds = feeds;
    this.slowMillis = feeds ? 30_000 : 10_000;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A site of pages: {@code /slow} and {@code /huge} answer with HTML. */
  public static LocalSite start() {
    return open(false);
  }

  /** A site of feeds: {@code /slow} answers an empty RSS feed after 30 s, {@code /huge} is RSS. */
  public static LocalSite feeds() {
    return open(true);
  }

  private static LocalSite open(boolean feeds) {
    try {
      return new LocalSite(feeds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code body} at {@code path}, with an ETag that changes whenever it is replaced. */
  public LocalSite put(String path, String type, byte[] body) {
    docs.put(path, new Doc(type, body, "\"v" + version.incrementAndGet() + "\""));
    return this;
  }

  public LocalSite put(String path, String type, String body) {
    return put(path, type, body.getBytes(StandardCharsets.UTF_8));
  }

  public void slowMillis(long millis) {
    slowMillis = millis;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** {@link #uri} as text, as a feed list or a request body names it. */
  public String url(String path) {
    return uri(path).toString();
  }

  /** How many requests reached {@code path}. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Requests for {@code path} answered 304 Not Modified. */
  public int notModified(String path) {
    AtomicInteger n = notModified.get(path);
    return n == null ? 0 : n.get();
  }

  public List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  /** How many bytes of the 50 MB page were written before the client hung up. */
  public long hugeBytesSent() {
    return hugeBytesSent;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    String agent = exchange.getRequestHeaders().getFirst("User-Agent");
    if (agent != null) {
      userAgents.add(agent);
    }
    try (exchange) {
      switch (path) {
        case "/slow" -> {
          try {
            closing.await(slowMillis, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          if (feeds) {
            send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
          } else {
            send(exchange, 200, "text/html", "<html><body><p>late</p></body></html>");
          }
        }
        case "/loop/a" -> redirect(exchange, "/loop/b");
        case "/loop/b" -> redirect(exchange, "/loop/a");
        case "/hop/1" -> redirect(exchange, "/hop/2");
        case "/hop/2" -> redirect(exchange, uri("/hop/3").toString());
        case "/busy" -> {
          exchange.getResponseHeaders().add("Retry-After", "120");
          send(exchange, 503, "text/plain", "come back later");
        }
        case "/huge", "/huge-declared" -> huge(exchange, path.equals("/huge-declared"));
        default -> document(exchange, path);
      }
    }
  }

  private void document(HttpExchange exchange, String path) throws IOException {
    Doc doc = docs.get(path);
    if (doc == null) {
      send(exchange, 404, "text/plain", "not found");
      return;
    }
    exchange.getResponseHeaders().add("ETag", doc.etag());
    String match = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (doc.etag().equals(match)) {
      notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", doc.type());
    exchange.sendResponseHeaders(200, doc.body().length);
    exchange.getResponseBody().write(doc.body());
  }

  /** 50 MB of paragraphs (or of a feed's items), written 64 KB at a time as the client reads. */
  private void huge(HttpExchange exchange, boolean declared) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", feeds ? "application/rss+xml" : "text/html");
    exchange.sendResponseHeaders(200, declared ? HUGE_BYTES : 0);
    byte[] chunk = new byte[64 * 1024];
    byte[] line = (feeds
        ? "<item><title>More</title><description>and more</description></item>\n"
        : "<p>All work and no play makes a dull page.</p>\n").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = line[i % line.length];
    }
    long sent = 0;
    try (OutputStream out = exchange.getResponseBody()) {
      if (feeds) {
        byte[] opening = "<rss version=\"2.0\"><channel><title>Huge</title>\n"
            .getBytes(StandardCharsets.US_ASCII);
        out.write(opening);
        sent = opening.length;
      }
      while (sent < HUGE_BYTES) {
        int n = (int) Math.min(chunk.length, HUGE_BYTES - sent);
        out.write(chunk, 0, n);
        sent += n;
        hugeBytesSent = sent;
      }
    } catch (IOException e) {
      // the client hung up, as it should after its size cap
    }
  }

  private void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}
