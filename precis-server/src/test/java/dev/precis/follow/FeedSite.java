package dev.precis.follow;

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
 * News sites on 127.0.0.1 for the follower's tests: feeds and pages with ETags (a changed
 * document gets a new one), and the feeds a follower must survive: {@code /slow} (answers after
 * 30 s), {@code /busy} (503 with Retry-After: 120), {@code /huge} (a 50 MB feed streamed as it is
 * written, never held), anything unknown (404).
 *
 * <pre>{@code
 * try (FeedSite site = FeedSite.start()) {
 *   site.put("/news.rss", "application/rss+xml", rss);
 *   follower.follow(site.url("/news.rss"), null);
 * }
 * }</pre>
 */
public final class FeedSite implements AutoCloseable {
  private record Doc(String type, byte[] body, String etag) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger version = new AtomicInteger();

  private FeedSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FeedSite start() {
    try {
      return new FeedSite();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public FeedSite put(String path, String type, String body) {
    docs.put(path, new Doc(type, body.getBytes(StandardCharsets.UTF_8),
        "\"v" + version.incrementAndGet() + "\""));
    return this;
  }

  public String url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path).toString();
  }

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
            closing.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
        }
        case "/busy" -> {
          exchange.getResponseHeaders().add("Retry-After", "120");
          send(exchange, 503, "text/plain", "busy");
        }
        case "/huge" -> huge(exchange);
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
    if (doc.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", doc.type());
    exchange.sendResponseHeaders(200, doc.body().length);
    exchange.getResponseBody().write(doc.body());
  }

  /** A feed that never ends in time: 50 MB of items, 64 KB at a time. */
  private static void huge(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
    exchange.sendResponseHeaders(200, 0);
    byte[] item = "<item><title>More</title><description>and more</description></item>\n"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[64 * 1024];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = item[i % item.length];
    }
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("<rss version=\"2.0\"><channel><title>Huge</title>\n"
          .getBytes(StandardCharsets.US_ASCII));
      for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
        out.write(chunk);
      }
    } catch (IOException e) {
      // the follower hung up at its size cap
    }
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
