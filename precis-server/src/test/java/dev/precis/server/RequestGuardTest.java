package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What another web page, a DNS-rebinding name or a client without the token can make the server
 * do: nothing. Each refused write is checked to have stored nothing.
 */
class RequestGuardTest {
  private static final String TOKEN = "7c1f0e9a5b3d48e2a6f4c0b9d8e7a1f3";

  @TempDir static Path dir;
  static PrecisServer open;
  static PrecisServer guarded;
  static String article;

  @BeforeAll
  static void start() throws Exception {
    open = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("open")).withPort(0)
        .withAllowedHosts(Set.of("news.example.org")));
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    guarded = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("guarded")).withPort(0)
        .withTokenFile(tokenFile));
    article = Json.write(Newsroom.tram());
  }

  @AfterAll
  static void stop() {
    open.close();
    guarded.close();
  }

  @Test
  void onlyJsonBodiesAreAccepted() {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "text/json"}) {
      RawHttp.Response r = post(open, "/api/articles", "Content-Type: " + type, article);
      assertThat(r.status()).as(type).isEqualTo(415);
      assertThat(r.body()).contains("send the body as JSON with Content-Type: application/json");
    }
    assertThat(post(open, "/api/summarize", "Content-Type: text/plain", article).status())
        .isEqualTo(415);
    assertThat(post(open, "/api/articles", "X-No-Type: 1", article).status()).isEqualTo(415);
    assertStoredNothing(open);
  }

  @Test
  void aPageOfAnotherOriginCannotWrite() {
    int port = open.port();
    for (String origin : new String[] {"http://127.0.0.1:" + (port + 1), "http://evil.example.com",
        "null", "http://localhost:" + port + ".evil.example", "file://"}) {
      RawHttp.Response r = post(open, "/api/articles",
          "Content-Type: application/json\r\nOrigin: " + origin, article);
      assertThat(r.status()).as(origin).isEqualTo(403);
      assertThat(r.body()).contains("a page of another origin");
    }
    RawHttp.Response site = post(open, "/api/articles",
        "Content-Type: application/json\r\nSec-Fetch-Site: cross-site", article);
    assertThat(site.status()).isEqualTo(403);
    assertStoredNothing(open);
  }

  @Test
  void theServersOwnPagesMayWrite() {
    String self = "http://127.0.0.1:" + open.port();
    RawHttp.Response r = post(open, "/api/summarize", "Content-Type: application/json; "
        + "charset=utf-8\r\nOrigin: " + self + "\r\nSec-Fetch-Site: same-origin", article);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void anUnknownHostIsRefusedOnEveryRoute() {
    for (String host : new String[] {"evil.example.com", "evil.example.com:" + open.port(),
        "127.0.0.1.nip.example", "[::2]"}) {
      RawHttp.Response get = RawHttp.send(open.url(), "GET /api/health HTTP/1.1\r\nHost: " + host,
          "");
      assertThat(get.status()).as(host).isEqualTo(421);
      assertThat(get.body()).contains("does not answer to the host name");
      RawHttp.Response write = RawHttp.send(open.url(), "POST /api/articles HTTP/1.1\r\nHost: "
          + host + "\r\nContent-Type: application/json", article);
      assertThat(write.status()).as(host).isEqualTo(421);
    }
    for (String host : new String[] {"127.0.0.1:" + open.port(), "localhost:" + open.port(),
        "LOCALHOST", "news.example.org", "news.example.org:443"}) {
      assertThat(RawHttp.send(open.url(), "GET /api/health HTTP/1.1\r\nHost: " + host, "")
          .status()).as(host).isEqualTo(200);
    }
    assertStoredNothing(open);
  }

  @Test
  void storingNeedsTheTokenWhenTheServerHasOne() {
    Http http = new Http(guarded.url());
    Http.Response none = http.post("/api/articles", article);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().get("message").asText()).contains("Authorization: Bearer TOKEN");
    for (String wrong : new String[] {"Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "0",
        "Basic " + TOKEN, TOKEN, "Bearer "}) {
      assertThat(http.send(request(guarded, wrong)).status()).as(wrong).isEqualTo(401);
    }
    assertStoredNothing(guarded);
    // summarizing stores nothing and needs no token; the token stores
    assertThat(http.post("/api/summarize", article).status()).isEqualTo(200);
    assertThat(http.send(request(guarded, "Bearer " + TOKEN)).status()).isEqualTo(200);
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(2);
  }

  @Test
  void listeningBeyondThisMachineNeedsAToken() throws Exception {
    PrecisServer.Config everywhere = PrecisServer.Config.defaults(dir.resolve("everywhere"))
        .withPort(0).withHost("0.0.0.0");
    assertThatThrownBy(() -> PrecisServer.start(everywhere))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("listening on 0.0.0.0 reaches beyond this machine, so writes "
            + "need an access token: give --token-file FILE");
    assertThat(dir.resolve("everywhere")).doesNotExist();
    Path shortToken = Files.writeString(dir.resolve("short"), "secret");
    assertThatThrownBy(() -> everywhere.withTokenFile(shortToken))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("must be at least 16 printable ASCII characters");
    assertThat(PrecisServer.Config.isLoopback("127.0.0.1")).isTrue();
    assertThat(PrecisServer.Config.isLoopback("::1")).isTrue();
    assertThat(PrecisServer.Config.isLoopback("localhost")).isTrue();
    assertThat(PrecisServer.Config.isLoopback("192.168.1.20")).isFalse();
    assertThat(PrecisServer.Config.isLoopback("127.0.0.1.example.com")).isFalse();
    assertThat(AccessToken.of(TOKEN, "t").toString()).doesNotContain(TOKEN);
  }

  private static HttpRequest.Builder request(PrecisServer server, String authorization) {
    return HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8));
  }

  private static RawHttp.Response post(PrecisServer server, String path, String headers,
      String body) {
    return RawHttp.send(server.url(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + server.port() + "\r\n" + headers, body);
  }

  private static void assertStoredNothing(PrecisServer server) {
    Http.Response health = new Http(server.url()).get("/api/health");
    assertThat(health.json().get("articles").asInt()).isZero();
  }
}
