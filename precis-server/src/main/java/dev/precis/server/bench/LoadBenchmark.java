package dev.precis.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for a running Précis service (loopback only, bounded in time and count):
 *
 * <pre>
 * summarize --url U --dataset D.jsonl [--seconds 30] [--warmup 10] [--clients 4]
 *     POST /api/summarize with the first 3 documents of the dataset's first cluster
 * ingest --url U --dataset D.jsonl... [--headlines H.csv] [--count 10000] [--batch 100] [--ids OUT.txt]
 *     POST /api/articles: every document of the datasets and every headline of a UCI News
 *     Aggregator CSV (as a title-only article), cycled, each with its own id
 * verify --url U --ids IDS.txt
 *     GET /api/articles/{id} for every acknowledged id (after a restart)
 * mixed --url U --dataset D.jsonl [--seconds 60] [--clients 3]
 *     one client ingests batches of 20 while the others read stories, story pages, search and
 *     articles; then every acknowledged article is read back
 * </pre>
 *
 * Prints requests per second, latency percentiles and errors. Refuses any host but loopback.
 */
public final class LoadBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final String url;

  private LoadBenchmark(String url) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    String host = URI.create(this.url).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
      throw new IllegalArgumentException("load tests run on loopback only, not " + host);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: LoadBenchmark summarize|ingest|verify|mixed --url URL ...");
      System.exit(2);
    }
    Map<String, List<String>> opts = new LinkedHashMap<>();
    String key = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        key = args[i].substring(2);
        opts.putIfAbsent(key, new ArrayList<>());
      } else if (key != null) {
        opts.get(key).add(args[i]);
      }
    }
    LoadBenchmark bench = new LoadBenchmark(one(opts, "url", "http://127.0.0.1:8080"));
    switch (args[0]) {
      case "summarize" -> bench.summarize(Path.of(one(opts, "dataset", null)),
          Integer.parseInt(one(opts, "seconds", "30")), Integer.parseInt(one(opts, "warmup", "10")),
          Integer.parseInt(one(opts, "clients", "4")));
      case "ingest" -> bench.ingest(opts.get("dataset").stream().map(Path::of).toList(),
          opts.getOrDefault("headlines", List.of()).stream().map(Path::of).toList(),
          Integer.parseInt(one(opts, "count", "10000")), Integer.parseInt(one(opts, "batch", "100")),
          Path.of(one(opts, "ids", "target/ingested-ids.txt")));
      case "verify" -> bench.verify(Path.of(one(opts, "ids", "target/ingested-ids.txt")));
      case "mixed" -> bench.mixed(opts.get("dataset").stream().map(Path::of).toList(),
          Integer.parseInt(one(opts, "seconds", "60")), Integer.parseInt(one(opts, "clients", "3")));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static String one(Map<String, List<String>> opts, String key, String fallback) {
    List<String> v = opts.get(key);
    if (v == null || v.isEmpty()) {
      if (fallback == null) {
        throw new IllegalArgumentException("--" + key + " is required");
      }
      return fallback;
    }
    return v.get(0);
  }

  // ------------------------------------------------------------------------------ modes

  private void summarize(Path dataset, int seconds, int warmup, int clients) throws Exception {
    List<ObjectNode> docs = documents(List.of(dataset), 3);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("articles");
    docs.forEach(list::add);
    byte[] bytes = JSON.writeValueAsBytes(body);
    System.out.printf(Locale.ROOT, "summarize: 3 articles, %d words, %d clients, %d s warm-up, "
        + "%d s measured%n", words(docs), clients, warmup, seconds);
    run("warm-up", clients, warmup, () -> post("/api/summarize", bytes));
    Stats s = run("summarize", clients, seconds, () -> post("/api/summarize", bytes));
    s.print();
  }

  private void ingest(List<Path> datasets, List<Path> headlines, int count, int batch,
      Path idsFile) throws Exception {
    List<ObjectNode> docs = documents(datasets, Integer.MAX_VALUE);
    for (Path csv : headlines) {
      docs.addAll(headlines(csv));
    }
    System.out.printf(Locale.ROOT, "ingest: %d articles in batches of %d, cycling %d distinct "
        + "documents%n", count, batch, docs.size());
    List<String> acked = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    int errors = 0;
    long start = System.nanoTime();
    for (int from = 0; from < count; from += batch) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode list = body.putArray("articles");
      for (int i = from; i < Math.min(count, from + batch); i++) {
        ObjectNode a = docs.get(i % docs.size()).deepCopy();
        a.put("id", "bench-" + i);
        list.add(a);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = post("/api/articles", JSON.writeValueAsBytes(body));
      latencies.add(System.nanoTime() - t0);
      if (r.statusCode() != 200) {
        errors++;
        System.out.println("error " + r.statusCode() + ": " + r.body());
        continue;
      }
      for (JsonNode a : JSON.readTree(r.body()).get("articles")) {
        acked.add(a.get("id").asText());
      }
      if ((from / batch) % 10 == 9) {
        System.out.printf(Locale.ROOT, "  %,d acknowledged, %.1f s%n", acked.size(),
            (System.nanoTime() - start) / 1e9);
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(idsFile.toAbsolutePath().getParent());
    Files.write(idsFile, acked);
    Collections.sort(latencies);
    System.out.printf(Locale.ROOT, "ingest: %,d acknowledged in %.1f s (%.0f articles/s), %d "
        + "failed requests; batch latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; ids in %s%n",
        acked.size(), secs, acked.size() / secs, errors, pct(latencies, 50), pct(latencies, 99),
        latencies.get(latencies.size() - 1) / 1e6, idsFile);
    System.out.println("health: " + get("/api/health").body());
  }

  private void verify(Path idsFile) throws Exception {
    List<String> ids = Files.readAllLines(idsFile);
    AtomicInteger missing = new AtomicInteger();
    long start = System.nanoTime();
    for (String id : ids) {
      HttpResponse<String> r = get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
          .replace("+", "%20"));
      if (r.statusCode() != 200) {
        missing.incrementAndGet();
        if (missing.get() <= 10) {
          System.out.println("missing " + id + ": " + r.statusCode() + " " + r.body());
        }
      }
    }
    System.out.printf(Locale.ROOT, "verify: %,d of %,d acknowledged articles retrievable (%d "
        + "missing), %.1f s%n", ids.size() - missing.get(), ids.size(), missing.get(),
        (System.nanoTime() - start) / 1e9);
    System.out.println("health: " + get("/api/health").body());
  }

  private void mixed(List<Path> datasets, int seconds, int clients) throws Exception {
    List<ObjectNode> docs = documents(datasets, Integer.MAX_VALUE);
    ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    Stats ingest = new Stats("ingest (batches of 20)");
    Stats reads = new Stats("reads (stories, story, search, article)");
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    threads.add(Thread.ofPlatform().start(() -> {
      while (System.nanoTime() < end) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("articles");
        for (int k = 0; k < 20; k++) {
          int i = next.getAndIncrement();
          ObjectNode a = docs.get(i % docs.size()).deepCopy();
          a.put("id", "mixed-" + run + "-" + i);
          list.add(a);
        }
        ingest.time(() -> {
          HttpResponse<String> r = post("/api/articles", JSON.writeValueAsBytes(body));
          if (r.statusCode() == 200) {
            for (JsonNode a : JSON.readTree(r.body()).get("articles")) {
              acked.add(a.get("id").asText());
            }
          }
          return r;
        });
      }
    }));
    String[] words = {"president", "police", "election", "storm", "market", "court", "fire"};
    for (int c = 1; c < clients; c++) {
      int seed = c;
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = seed; System.nanoTime() < end; i++) {
          int n = i;
          int kind = n % 4;
          reads.time(() -> switch (kind) {
            case 0 -> get("/api/stories?sort=recent&size=20");
            case 1 -> get("/api/search?q=" + words[n % words.length]);
            case 2 -> {
              HttpResponse<String> list = get("/api/stories?sort=size&size=5");
              JsonNode stories = JSON.readTree(list.body()).get("stories");
              yield stories.isEmpty() ? list
                  : get("/api/stories/" + enc(stories.get(n % stories.size()).get("id").asText()));
            }
            default -> {
              String id = acked.peek();
              yield id == null ? get("/api/health") : get("/api/articles/" + enc(id));
            }
          });
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    ingest.print();
    reads.print();
    int missing = 0;
    for (String id : acked) {
      if (get("/api/articles/" + enc(id)).statusCode() != 200) {
        missing++;
      }
    }
    System.out.printf(Locale.ROOT, "mixed: %,d articles acknowledged, %d not retrievable%n",
        acked.size(), missing);
  }

  // ---------------------------------------------------------------------------- helpers

  private interface Call {
    HttpResponse<String> call() throws Exception;
  }

  /** Latencies and errors of one kind of request. */
  private static final class Stats {
    final String name;
    final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    final AtomicLong errors = new AtomicLong();
    final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    long elapsed;

    Stats(String name) {
      this.name = name;
      this.elapsed = System.nanoTime();
    }

    void time(Call call) {
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r = call.call();
        if (r.statusCode() != 200) {
          fail(r.statusCode() + " " + r.body());
        }
      } catch (Exception e) {
        fail(e.toString());
      }
      nanos.add(System.nanoTime() - t0);
    }

    private void fail(String what) {
      if (errors.incrementAndGet() <= 5) {
        errorSamples.add(what.length() > 200 ? what.substring(0, 200) : what);
      }
    }

    void print() {
      double secs = (System.nanoTime() - elapsed) / 1e9;
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        System.out.println(name + ": no requests");
        return;
      }
      System.out.printf(Locale.ROOT, "%s: %,d requests in %.1f s = %.1f req/s; latency p50 %.1f "
          + "ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d%n", name, sorted.size(), secs,
          sorted.size() / secs, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
          sorted.get(sorted.size() - 1) / 1e6, errors.get());
      errorSamples.forEach(e -> System.out.println("  error: " + e));
    }
  }

  private Stats run(String name, int clients, int seconds, Call call) throws InterruptedException {
    Stats stats = new Stats(name);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      threads[c] = Thread.ofPlatform().start(() -> {
        while (System.nanoTime() < end) {
          stats.time(call);
        }
      });
    }
    for (Thread t : threads) {
      t.join();
    }
    return stats;
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url + path))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url + path))
        .timeout(Duration.ofSeconds(120)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Documents of JSON-lines datasets ({"documents": [{"id", "text", ...}]}), in file order. */
  private static List<ObjectNode> documents(List<Path> datasets, int max) throws IOException {
    List<ObjectNode> docs = new ArrayList<>();
    for (Path dataset : datasets) {
      try (BufferedReader in = Files.newBufferedReader(dataset, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null && docs.size() < max) {
          if (line.isBlank()) {
            continue;
          }
          for (JsonNode d : JSON.readTree(line).get("documents")) {
            if (docs.size() >= max) {
              break;
            }
            ObjectNode a = JSON.createObjectNode();
            for (String f : Arrays.asList("title", "date", "text")) {
              if (d.hasNonNull(f)) {
                a.put(f, d.get(f).asText());
              }
            }
            if (a.hasNonNull("text") && !a.get("text").asText().isBlank()) {
              docs.add(a);
            }
          }
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + datasets);
    }
    return docs;
  }

  /**
   * Headlines of the UCI News Aggregator CSV (ID, TITLE, URL, PUBLISHER, CATEGORY, STORY,
   * HOSTNAME, TIMESTAMP) as title-only articles dated by their timestamp: many short items from
   * many outlets, as a news feed brings them.
   */
  private static List<ObjectNode> headlines(Path csv) throws IOException {
    List<ObjectNode> docs = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csvFields(line);
      if (f.size() < 8 || f.get(1).isBlank()) {
        continue;
      }
      ObjectNode a = JSON.createObjectNode();
      a.put("title", f.get(1));
      a.put("source", f.get(3));
      a.put("url", f.get(2));
      a.put("date", java.time.Instant.ofEpochMilli(Long.parseLong(f.get(7).strip()))
          .toString().substring(0, 10));
      a.put("text", f.get(1));
      docs.add(a);
    }
    return docs;
  }

  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    fields.add(b.toString());
    return fields;
  }

  private static int words(List<ObjectNode> docs) {
    int n = 0;
    for (ObjectNode d : docs) {
      n += d.get("text").asText().split("\\s+").length;
    }
    return n;
  }
}
