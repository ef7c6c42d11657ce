package dev.precis.server.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.precis.PrecisException;
import dev.precis.fetch.PageFetcher;
import dev.precis.follow.FeedFollower;
import dev.precis.follow.FeedStatus;
import dev.precis.server.PrecisServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times the service following feeds: N local feeds of M entries each are served on 127.0.0.1
 * (with ETags), a server with an empty store follows them all, and the benchmark measures
 * <ol>
 *   <li>the time until every entry is stored and in the stories (the first poll of every feed:
 *       fetch, parse, dedup, stories, Lucene commit), and
 *   <li>poll rounds where nothing changed: every feed asked again with If-None-Match and
 *       answered 304.
 * </ol>
 *
 * <pre>
 * java -cp precis-cli/target/precis.jar dev.precis.server.bench.FeedBenchmark [FEEDS] [ENTRIES]
 * </pre>
 *
 * <p>Defaults: 200 feeds of 50 entries. Entries carry their full text ({@code content:encoded}),
 * so no page is fetched; they are written from a fixed seed (the same feeds every run): 400
 * stories, each with its own place, people, numbers and details, told by about 25 entries that
 * each pick four of the story's details. Traffic stays on this machine, bounded
 * by the feed count, and the data directory is a temporary one, deleted at the end.
 */
public final class FeedBenchmark {
  private static final String[] PLACES = {"Velmora", "Dorren", "Kalvik", "Ostra", "Brenholm",
      "Lisk", "Marrow Bay", "Teller", "Quenby", "Arvale", "Sodrin", "Pellham"};
  private static final String[] SUBJECTS = {"dock workers", "the city council", "tram drivers",
      "the port authority", "hospital staff", "the ferry company", "teachers", "farmers",
      "the water board", "airport staff", "the mayor", "fishermen", "the rail operator",
      "students", "the energy company", "nurses"};
  private static final String[] ACTIONS = {"went on strike over", "voted to approve",
      "protested against", "announced", "postponed", "cancelled", "agreed on", "rejected",
      "opened talks on", "won a court case over", "warned about", "called for an inquiry into"};
  private static final String[] OBJECTS = {"new automation plans", "a rise in harbour fees",
      "the night timetable", "a bridge repair", "winter flood defences", "school budgets",
      "a wage offer", "the fishing quota", "a new terminal", "higher parking fees",
      "the hospital merger", "electricity prices", "a housing plan", "the airport expansion"};
  private static final String[] PEOPLE = {"Ana Novak", "Tomas Berg", "Lena Varga",
      "Piet Jansen", "Maria Holm", "Jonas Weller", "Sara Lind", "Emil Strand", "Iris Kode",
      "Oskar Falk", "Nadia Rus", "Viktor Sand", "Helga Orn", "Milan Dvor", "Rosa Keel",
      "Anton Brisk", "Carla Mint", "Felix Ward", "Greta Moss", "Hugo Lark"};
  private static final String[] ROLES = {"the union leader", "the council spokesperson",
      "the transport director", "the company's chief executive", "a local resident",
      "the opposition leader", "the harbour master", "the school principal",
      "the health minister", "the project engineer"};
  /** Each story fills these with its own names and numbers; each telling picks four. */
  private static final String[] DETAILS = {
    "%P, %R, said talks with %S would resume on %D.",
    "The decision affects about %N households in %L and the villages around it.",
    "%P said the plan would cost %N million euros over %M years.",
    "According to %P, %S had not been consulted before %O was announced.",
    "A first vote in %L passed by %N to %M.",
    "Several hundred people gathered outside the %L town hall on %D morning.",
    "The change is due to take effect in %T, %M months later than first planned.",
    "%P called the timetable for %O unrealistic.",
    "Police in %L said the gathering on %D was peaceful and ended by noon.",
    "%S expects a ruling on %O within %N days, %P said."};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final String[] MONTHS = {"March", "April", "May", "June", "September"};

  private FeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int entries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    if (feeds < 1 || feeds > 2_000 || entries < 1 || entries > 1_000) {
      throw new PrecisException("give 1 to 2000 feeds of 1 to 1000 entries");
    }
    PrintStream out = System.out;
    List<byte[]> documents = feeds(feeds, entries);
    long bytes = documents.stream().mapToLong(d -> d.length).sum();
    AtomicLong served = new AtomicLong();
    AtomicLong notModified = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    HttpServer site = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    site.setExecutor(pool);
    site.createContext("/", exchange -> serve(exchange, documents, served, notModified));
    site.start();
    Path data = Files.createTempDirectory("precis-feed-bench");
    try {
      PrecisServer.Config config = PrecisServer.Config.defaults(data.resolve("store"))
          .withPort(0)
          .withFollow(FeedFollower.Options.defaults()
              // no poll repeats by itself during the run: rounds are started by the benchmark
              .withInterval(Duration.ofDays(1))
              // one host serves every feed here; a real list spreads over many hosts
              .withFetch(PageFetcher.Options.defaults().withPerHostInterval(Duration.ZERO)));
      out.printf(Locale.ROOT, "%d feeds of %d entries (%.1f MB of RSS) on 127.0.0.1:%d%n",
          feeds, entries, bytes / 1e6, site.getAddress().getPort());
      try (PrecisServer server = PrecisServer.start(config)) {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        for (int f = 0; f < feeds; f++) {
          server.feeds().follow("http://127.0.0.1:" + site.getAddress().getPort() + "/feed/" + f
              + ".rss", null);
        }
        while (!server.feeds().feeds().stream().allMatch(s -> s.polls() > 0
            && !s.status().equals("new"))) {
          Thread.sleep(20);
        }
        double ingest = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        List<FeedStatus> after = server.feeds().feeds();
        long stored = after.stream().mapToLong(FeedStatus::articles).sum();
        long failing = after.stream().filter(s -> s.status().equals("failing")).count();
        out.printf(Locale.ROOT, "first poll of every feed: %d articles stored in %.1f s "
            + "(%.0f articles/s; %.1f s of CPU in this process), %d feeds failing%n", stored,
            ingest, stored / ingest, cpu, failing);
        for (int round = 1; round <= 3; round++) {
          long before304 = notModified.get();
          long t = System.nanoTime();
          server.feeds().pollAll();
          double ms = (System.nanoTime() - t) / 1e6;
          long unchanged = server.feeds().feeds().stream()
              .filter(s -> s.status().equals("unchanged")).count();
          out.printf(Locale.ROOT, "unchanged poll round %d: %.0f ms, %d of %d feeds answered "
              + "304%n", round, ms, notModified.get() - before304, feeds);
          if (unchanged != feeds) {
            out.println("  (not every feed is unchanged: " + unchanged + ")");
          }
        }
        long storedAfter = server.feeds().feeds().stream().mapToLong(FeedStatus::articles).sum();
        out.printf(Locale.ROOT, "articles stored after the rounds: %d (nothing stored twice: "
            + "%s); feed requests served: %d%n", storedAfter, storedAfter == stored,
            served.get());
      }
    } finally {
      site.stop(0);
      pool.shutdownNow();
      delete(data);
    }
  }

  private static void serve(HttpExchange exchange, List<byte[]> documents, AtomicLong served,
      AtomicLong notModified) throws IOException {
    try (exchange) {
      served.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      int f;
      try {
        f = Integer.parseInt(path.replaceAll("^/feed/(\\d+)\\.rss$", "$1"));
      } catch (NumberFormatException e) {
        f = -1;
      }
      if (f < 0 || f >= documents.size()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"feed-" + f + "-v1\"";
      exchange.getResponseHeaders().add("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = documents.get(f);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** The feeds, from a fixed seed: 400 stories, each entry one outlet's telling of one. */
  static List<byte[]> feeds(int feeds, int entries) {
    Random random = new Random(21);
    int stories = 400;
    List<byte[]> documents = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
          + "<channel><title>Outlet " + f + "</title><link>https://outlet" + f
          + ".example/</link>\n");
      for (int e = 0; e < entries; e++) {
        int story = random.nextInt(stories);
        Random s = new Random(story);
        String place = PLACES[s.nextInt(PLACES.length)];
        String subject = SUBJECTS[s.nextInt(SUBJECTS.length)];
        String action = ACTIONS[s.nextInt(ACTIONS.length)];
        String object = OBJECTS[s.nextInt(OBJECTS.length)];
        int day = 1 + s.nextInt(28);
        String title = capital(subject) + " in " + place + " " + action + " " + object;
        // the story's own people, numbers and month: tellings of one story share them
        String person = PEOPLE[s.nextInt(PEOPLE.length)];
        String role = ROLES[s.nextInt(ROLES.length)];
        String weekday = DAYS[s.nextInt(DAYS.length)];
        String month = MONTHS[s.nextInt(MONTHS.length)];
        String number = String.valueOf(20 + s.nextInt(4000));
        String small = String.valueOf(2 + s.nextInt(9));
        int[] details = {s.nextInt(DETAILS.length), s.nextInt(DETAILS.length),
            s.nextInt(DETAILS.length), s.nextInt(DETAILS.length), s.nextInt(DETAILS.length),
            s.nextInt(DETAILS.length)};
        StringBuilder text = new StringBuilder();
        text.append("<p>").append(capital(subject)).append(" in ").append(place).append(' ')
            .append(action).append(' ').append(object).append(" on ").append(weekday)
            .append(", outlet ").append(f).append(" reported.</p>");
        for (int k = 0; k < 4; k++) {
          String detail = DETAILS[details[random.nextInt(details.length)]];
          text.append("<p>").append(detail.replace("%P", person).replace("%R", role)
              .replace("%S", subject).replace("%D", weekday).replace("%N", number)
              .replace("%M", small).replace("%L", place).replace("%O", object)
              .replace("%T", month)).append("</p>");
        }
        rss.append("<item><guid isPermaLink=\"false\">outlet").append(f).append('-').append(e)
            .append("</guid><title>").append(title).append("</title><link>https://outlet")
            .append(f).append(".example/").append(e).append("</link><pubDate>")
            .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.of(2026, 3, day, random.nextInt(24), random.nextInt(60),
                    0, 0, java.time.ZoneOffset.UTC)))
            .append("</pubDate><description>").append(title)
            .append("</description><content:encoded><![CDATA[").append(text)
            .append("]]></content:encoded></item>\n");
      }
      rss.append("</channel></rss>\n");
      documents.add(rss.toString().getBytes(StandardCharsets.UTF_8));
    }
    return documents;
  }

  /** CPU time of this process (all threads): wall time alone depends on what else runs. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
