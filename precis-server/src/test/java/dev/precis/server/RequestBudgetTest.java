package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No request computes past its time budget, and work for a client that has gone away stops: the
 * worker thread is free again within moments, not when the summary would have been done.
 */
class RequestBudgetTest {
  @TempDir Path dir;

  @Test
  void aSummaryOverItsBudgetIsStoppedWith503() throws Exception {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir.resolve("data")).withPort(0)
        .withMaxBodyBytes(32L * 1024 * 1024).withRequestTimeout(Duration.ofMillis(300));
    try (PrecisServer server = PrecisServer.start(config)) {
      Http http = new Http(server.url());
      long start = System.nanoTime();
      Http.Response r = http.post("/api/summarize", bigStory());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.status()).as(r.body()).isEqualTo(503);
      assertThat(r.json().get("message").asText())
          .startsWith("the request took longer than the limit of 0.3 s and was stopped");
      assertThat(millis).as("answered after the budget, not after the work").isLessThan(5_000);
      awaitIdle(server, 2_000);
      // the server is not worse for it
      assertThat(http.post("/api/summarize", Newsroom.flood()).status()).isEqualTo(200);
    }
  }

  @Test
  void workForAClientThatLeftStops() throws Exception {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir.resolve("data")).withPort(0)
        .withMaxBodyBytes(32L * 1024 * 1024).withRequestTimeout(Duration.ofSeconds(600));
    try (PrecisServer server = PrecisServer.start(config)) {
      URI uri = URI.create(server.url());
      byte[] body = Json.write(bigStory()).getBytes(StandardCharsets.UTF_8);
      try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
        s.getOutputStream().write(("POST /api/summarize HTTP/1.1\r\nHost: " + uri.getAuthority()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().write(body);
        s.getOutputStream().flush();
        awaitBusy(server);
      } // the client gives up and closes the connection
      awaitIdle(server, 2_000);
    }
  }

  /** Waits until the summary is being worked on. */
  private static void awaitBusy(PrecisServer server) throws InterruptedException {
    long end = System.nanoTime() + 30_000_000_000L;
    while (server.busyWorkers() == 0 && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(server.busyWorkers()).as("the summary started").isOne();
    // and is some way in, past reading the body
    Thread.sleep(200);
    assertThat(server.busyWorkers()).as("the summary is still being made").isOne();
  }

  /**
   * Waits at most {@code millis} for every worker to be free and no thread (the facts' and the
   * copy finder's helpers included) to be running the library: stopped work lets go.
   */
  private static void awaitIdle(PrecisServer server, long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while ((server.busyWorkers() > 0 || !summarizing().isEmpty()) && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(server.busyWorkers()).as("workers still busy after " + millis + " ms").isZero();
    assertThat(summarizing()).as("threads still summarizing after " + millis + " ms").isEmpty();
  }

  /** Threads with the summarizing library on their stack. */
  private static List<String> summarizing() {
    List<String> busy = new ArrayList<>();
    Thread.getAllStackTraces().forEach((thread, stack) -> {
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().matches("dev\\.precis\\.(summarize|dedup|facts|text|select)\\..*")) {
          busy.add(thread.getName() + " in " + frame);
          return;
        }
      }
    });
    return busy;
  }

  /**
   * Four hundred articles of fifty sentences in an invented vocabulary (no two alike, so none is
   * summarized as a copy): a story that takes several seconds to summarize, all of it text
   * analysis and selection, the steps that check for a stop.
   */
  static ObjectNode bigStory() {
    String[] syllables = {"ka", "lo", "mi", "ter", "son", "vel", "dra", "pu", "nor", "bex", "qua",
        "ril", "tam", "gos", "fen", "wy", "zor", "hal", "cet", "dun"};
    Random random = new Random(17);
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    for (int a = 0; a < 400; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 50; s++) {
        int words = 10 + random.nextInt(20);
        for (int k = 0; k < words; k++) {
          StringBuilder word = new StringBuilder();
          for (int y = 0; y < 3; y++) {
            word.append(syllables[(int) (syllables.length * Math.pow(random.nextDouble(), 3))]);
          }
          text.append(k == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
              .append(k == words - 1 ? ".\n" : " ");
        }
      }
      list.add(Newsroom.article("a" + a, null, null, text.toString()));
    }
    return body;
  }
}
