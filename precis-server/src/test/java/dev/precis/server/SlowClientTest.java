package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four hundred clients that send a request a byte at a time (half of them the headers, half the
 * body of a write) do not starve the others: the health check keeps answering within a second,
 * and a body that trickles in is refused once it is clearly too slow.
 */
class SlowClientTest {
  private static final int SLOW_CLIENTS = 400;
  private static final long SECONDS = 8;

  @TempDir Path dir;

  @Test
  void healthAnswersWithinASecondWhileFourHundredClientsTrickle() throws Exception {
    try (PrecisServer server = PrecisServer.start(
        PrecisServer.Config.defaults(dir.resolve("data")).withPort(0))) {
      URI uri = URI.create(server.url());
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          Socket s = new Socket(uri.getHost(), uri.getPort());
          s.setSoTimeout(15_000);
          String start = i % 2 == 0
              // complete headers, then a body of 100 KB that comes a byte at a time
              ? "POST /api/articles HTTP/1.1\r\nHost: " + uri.getAuthority()
                  + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
              // headers that never end
              : "GET /api/health HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n";
          s.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
          sockets.add(s);
        }
        Http http = new Http(server.url());
        long worstMillis = 0;
        int probes = 0;
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        long nextTrickle = 0;
        while (System.nanoTime() < end) {
          if (System.nanoTime() > nextTrickle) {
            for (int i = 0; i < sockets.size(); i++) {
              trickle(sockets.get(i).getOutputStream(), i % 2 == 0 ? " " : "X");
            }
            nextTrickle = System.nanoTime() + 1_000_000_000L;
          }
          long t = System.nanoTime();
          Http.Response health = http.get("/api/health");
          worstMillis = Math.max(worstMillis, (System.nanoTime() - t) / 1_000_000);
          assertThat(health.status()).isEqualTo(200);
          probes++;
          Thread.sleep(200);
        }
        assertThat(probes).isGreaterThan(10);
        assertThat(worstMillis).as("slowest health answer, ms").isLessThan(1_000);

        // a write whose body trickles in is refused once the grace period is over
        RawHttp.Response refused = RawHttp.parse(sockets.get(0).getInputStream());
        assertThat(refused.status()).isEqualTo(408);
        assertThat(refused.body()).contains("the request body arrived too slowly");
        assertThat(http.get("/api/health").json().get("articles").asInt()).isZero();
      } finally {
        for (Socket s : sockets) {
          s.close();
        }
      }
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitToBeAccepted() throws Exception {
    try (PrecisServer server = PrecisServer.start(
        PrecisServer.Config.defaults(dir.resolve("data")).withPort(0).withMaxConnections(16))) {
      URI uri = URI.create(server.url());
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          held.add(new Socket(uri.getHost(), uri.getPort()));
        }
        Thread.sleep(300); // the server has accepted them all
        // the operating system takes the 17th into its backlog; the server does not serve it
        try (Socket waiting = new Socket(uri.getHost(), uri.getPort())) {
          waiting.setSoTimeout(1_000);
          waiting.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: "
              + uri.getAuthority() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          assertThat(readsNothing(waiting)).as("served beyond the limit").isTrue();
          held.remove(0).close(); // one slot frees: the waiting request is served
          waiting.setSoTimeout(10_000);
          assertThat(RawHttp.parse(waiting.getInputStream()).status()).isEqualTo(200);
        }
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  private static boolean readsNothing(Socket socket) throws IOException {
    try {
      return socket.getInputStream().read() < 0;
    } catch (java.net.SocketTimeoutException e) {
      return true;
    }
  }

  private static void trickle(OutputStream out, String oneByte) {
    try {
      out.write(oneByte.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      // the server closed a connection it judged too slow: as it should
    }
  }
}
