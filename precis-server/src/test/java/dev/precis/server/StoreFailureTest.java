package dev.precis.server;

import static dev.precis.server.ApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unusable data directory is a clear error at start; a full disk is a clear error per request. */
class StoreFailureTest {
  @TempDir Path dir;

  @Test
  void aFileIsNotADataDirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "shopping list");
    assertThatThrownBy(() -> PrecisServer.start(PrecisServer.Config.defaults(file).withPort(0)))
        .isInstanceOf(PrecisException.class)
        .hasMessage("the data directory " + file + " is a file, not a directory");
    assertThatThrownBy(() -> PrecisServer.start(
        PrecisServer.Config.defaults(file.resolve("data")).withPort(0)))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("cannot create the data directory " + file.resolve("data"));
  }

  @Test
  void aForeignDirectoryIsLeftAlone() throws Exception {
    Files.writeString(dir.resolve("thesis.tex"), "\\chapter{One}");
    assertThatThrownBy(() -> PrecisServer.start(PrecisServer.Config.defaults(dir).withPort(0)))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("is not empty and holds no Précis store");
    assertThat(dir.resolve("thesis.tex")).exists();
  }

  @Test
  void oneDataDirectoryServesOneServer() {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir.resolve("data")).withPort(0);
    try (PrecisServer first = PrecisServer.start(config)) {
      assertThatThrownBy(() -> PrecisServer.start(config))
          .isInstanceOf(PrecisException.class)
          .hasMessageContaining("is in use by another Précis server");
      assertThat(new Http(first.url()).get("/api/health").status()).isEqualTo(200);
    }
  }

  @Test
  void aPortInUseIsAClearError() {
    PrecisServer.Config config = PrecisServer.Config.defaults(dir.resolve("a")).withPort(0);
    try (PrecisServer first = PrecisServer.start(config)) {
      PrecisServer.Config same = PrecisServer.Config.defaults(dir.resolve("b"))
          .withPort(first.port());
      assertThatThrownBy(() -> PrecisServer.start(same))
          .isInstanceOf(PrecisException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port())
          .hasMessageContaining("--port");
      // the refused start let go of its own data directory
      try (PrecisServer again = PrecisServer.start(same.withPort(0))) {
        assertThat(again.port()).isPositive();
      }
    }
  }

  @Test
  void aFullDiskRefusesIngestClearlyAndTheServiceGoesOn() {
    FullDiskDirectory[] disk = new FullDiskDirectory[1];
    ArticleStore store = ArticleStore.open(dir.resolve("data"),
        d -> disk[0] = new FullDiskDirectory(d));
    PrecisServer.Config config = PrecisServer.Config.defaults(dir.resolve("data")).withPort(0);
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (PrecisServer server = PrecisServer.start(config, store)) {
      Http http = new Http(server.url());
      assertThat(http.post("/api/articles", Newsroom.tram()).status()).isEqualTo(200);

      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      disk[0].full = true;
      ObjectNode flood = Newsroom.flood();
      // the first write fails part-way (files open, bytes refused), as a disk filling up does
      for (int i = 0; i < 5; i++) {
        assertError(http.post("/api/articles", flood), 507, "nothing of this request was stored");
      }
      // reading and summarizing go on
      assertThat(http.get("/api/articles/courier-tram").status()).isEqualTo(200);
      assertThat(http.post("/api/summarize", flood).status()).isEqualTo(200);
      assertThat(http.get("/api/stories").json().get("total").asInt()).isOne();
      assertThat(http.get("/api/articles/gazette").status()).isEqualTo(404);

      // space is back: a write goes through again, at the latest once the retry pause is over
      disk[0].full = false;
      assertThat(untilStored(http, flood).json().get("added").asInt()).isEqualTo(3);
      assertThat(http.get("/api/articles/gazette").status()).isEqualTo(200);
      assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(5);
      // and again, with the disk full after space had come back
      disk[0].full = true;
      assertError(http.post("/api/articles", Newsroom.cityHall()), 507, "the data directory is");
      disk[0].full = false;
      assertThat(untilStored(http, Newsroom.cityHall()).status()).isEqualTo(200);
    } finally {
      System.setErr(stderr);
    }
    // one line when the disk fills, one when it has space again: no stack traces
    List<String> all = log.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(all).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
    List<String> lines = all.stream().filter(l -> l.contains("dev.precis")).toList();
    assertThat(lines).as(String.join("\n", all)).hasSize(4);
    assertThat(lines.get(0)).contains("is full (No space left on device");
    assertThat(lines.get(1)).contains("has space again; writes resume");
  }

  /** Sends {@code body} until it is stored; a write right after a full disk may still be 507. */
  private static Http.Response untilStored(Http http, ObjectNode body) {
    long end = System.nanoTime() + 3 * ArticleStore.RETRY_FULL.toNanos();
    Http.Response r = http.post("/api/articles", body);
    while (r.status() == 507 && System.nanoTime() < end) {
      sleep(100);
      r = http.post("/api/articles", body);
    }
    return r;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
