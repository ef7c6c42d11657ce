package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during ingest loses no acknowledged article: the server runs as its own JVM, two clients
 * send batches, the process is killed while requests are in flight, and a new server on the same
 * data directory must return every article that was answered with 200.
 */
class DurabilityTest {
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)");
  private static final String[] SENTENCES = {
    Newsroom.FLOOD_GAZETTE, Newsroom.FLOOD_HERALD, Newsroom.FLOOD_POST, Newsroom.TRAM_COURIER,
    Newsroom.TRAM_TIMES
  };

  @TempDir Path dir;

  @Test
  void killDuringIngestLosesNoAcknowledgedArticle() throws Exception {
    Path data = dir.resolve("data");
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    Server first = Server.start(data, dir.resolve("first.log"));
    AtomicInteger batches = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(1);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        Http http = new Http(first.url);
        for (int b = 0; ; b++) {
          ObjectNode body = batch(client, b);
          Http.Response r;
          try {
            r = http.post("/api/articles", body);
          } catch (UncheckedIOException e) {
            return; // the server is gone
          }
          if (r.status() != 200) {
            return;
          }
          for (JsonNode a : r.json().get("articles")) {
            acknowledged.put(a.get("id").asText(), text(body, a.get("id").asText()));
          }
          if (batches.incrementAndGet() >= 30) {
            enough.countDown();
          }
        }
      });
      t.setDaemon(true);
      t.start();
      clients.add(t);
    }
    assertThat(enough.await(120, TimeUnit.SECONDS)).as("30 batches acknowledged").isTrue();
    first.process.destroyForcibly(); // SIGKILL while both clients are sending
    assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    for (Thread t : clients) {
      t.join(30_000);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30 * 4);

    Server second = Server.start(data, dir.resolve("second.log"));
    try {
      Http http = new Http(second.url);
      for (Map.Entry<String, String> a : acknowledged.entrySet()) {
        Http.Response r = http.get("/api/articles/" + a.getKey());
        assertThat(r.status()).as("acknowledged article %s", a.getKey()).isEqualTo(200);
        assertThat(r.json().get("text").asText()).isEqualTo(a.getValue());
        assertThat(r.json().has("story")).isTrue();
      }
      assertThat(http.get("/api/health").json().get("articles").asInt())
          .isGreaterThanOrEqualTo(acknowledged.size());
    } finally {
      second.process.destroy();
      second.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Four articles from our stories, each with its own id and a line that makes it unique. */
  private static ObjectNode batch(int client, int b) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    for (int i = 0; i < 4; i++) {
      String id = "c" + client + "-b" + b + "-" + i;
      String text = SENTENCES[(b + i) % SENTENCES.length]
          + "\nThis is update " + b + " of the live report, filed by desk " + client + ".";
      list.add(Newsroom.article(id, "Update " + b + " from desk " + client, "2026-04-14", text));
    }
    return body;
  }

  private static String text(ObjectNode body, String id) {
    for (JsonNode a : body.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a.get("text").asText();
      }
    }
    throw new AssertionError(id);
  }

  /** The server as a separate process: the same java and classpath as this test. */
  private record Server(Process process, String url) {
    static Server start(Path data, Path log) throws IOException, InterruptedException {
      String java = ProcessHandle.current().info().command().orElse("java");
      String classpath = System.getProperty("surefire.test.class.path",
          System.getProperty("java.class.path"));
      Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath,
          PrecisServer.class.getName(), "--port", "0", "--data", data.toString())
          .redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          // keep draining the output so the server never blocks on a full pipe
          Thread drain = new Thread(() -> drain(out, log));
          drain.setDaemon(true);
          drain.start();
          return new Server(p, m.group(1));
        }
      }
      throw new AssertionError("the server did not start:\n" + seen);
    }

    private static void drain(BufferedReader out, Path log) {
      try {
        String line;
        StringBuilder b = new StringBuilder();
        while ((line = out.readLine()) != null) {
          b.append(line).append('\n');
        }
        Files.writeString(log, b);
      } catch (IOException e) {
        // the process was killed; its output ends here
      }
    }
  }
}
