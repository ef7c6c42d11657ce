package dev.precis.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {
  private final LocalSite site = LocalSite.start();
  /**
   * Generous: the first request of a JVM loads the whole HTTP client, which on a loaded 2-core
   * machine has taken more than a second; the time-limit test has a fetcher of its own.
   */
  private final PageFetcher fetcher = PageFetcher.with(PageFetcher.Options.defaults()
      .withTimeout(Duration.ofSeconds(8)).withPerHostInterval(Duration.ZERO));

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  @Test
  void aClosedFetcherRefusesRequestsWithAMessage() {
    site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
    PageFetcher closed = PageFetcher.defaults();
    closed.close();

    assertThatThrownBy(() -> closed.get(site.uri("/feed.xml"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage("no requests after the fetcher was closed");
    assertThat(site.userAgents()).isEmpty();
  }

  @Test
  void fetchesWithAUserAgentAndAnswersConditionalRequestsWith304() {
    site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");

    Fetched first = fetcher.get(site.uri("/feed.xml"), Validators.NONE);
    Fetched second = fetcher.get(site.uri("/feed.xml"), Validators.of(first));

    assertThat(first.status()).isEqualTo(200);
    assertThat(new String(first.body())).contains("<rss");
    assertThat(first.contentType()).isEqualTo("application/rss+xml");
    assertThat(first.etag()).isNotNull();
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
    assertThat(site.userAgents()).containsOnly(PageFetcher.USER_AGENT);
  }

  @Test
  void notFoundNamesTheAddressAndStatus() {
    assertThatThrownBy(() -> fetcher.get(site.uri("/gone.html"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(site.uri("/gone.html") + ": HTTP 404 (not found)")
        .satisfies(e -> assertThat(((FetchException) e).status()).isEqualTo(404));
  }

  @Test
  void unavailableCarriesRetryAfter() {
    assertThatThrownBy(() -> fetcher.get(site.uri("/busy"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .satisfies(e -> assertThat(((FetchException) e).retryAfter())
            .contains(Duration.ofSeconds(120)));
  }

  @Test
  void redirectsAreFollowedAndLoopsNamed() {
    site.put("/hop/3", "text/html", "<p>arrived</p>");

    Fetched hopped = fetcher.get(site.uri("/hop/1"), Validators.NONE);

    assertThat(hopped.uri()).isEqualTo(site.uri("/hop/3"));
    assertThatThrownBy(() -> fetcher.get(site.uri("/loop/a"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(site.uri("/loop/a") + ": redirect loop (back to " + site.uri("/loop/a")
            + ")");
    assertThat(site.hits("/loop/a")).isEqualTo(1);
  }

  @Test
  void tooManyRedirectsAreRefused() {
    site.put("/hop/3", "text/html", "<p>arrived</p>");
    try (PageFetcher strict = PageFetcher.with(new PageFetcher.Options(Duration.ofSeconds(2),
        1024, Duration.ZERO, 1, PageFetcher.USER_AGENT))) {
      assertThatThrownBy(() -> strict.get(site.uri("/hop/1"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(site.uri("/hop/1") + ": more than 1 redirects");
    }
  }

  @Test
  void aSlowServerIsGivenUpOnAtTheTimeLimit() {
    try (PageFetcher impatient = PageFetcher.with(PageFetcher.Options.defaults()
        .withTimeout(Duration.ofMillis(800)).withPerHostInterval(Duration.ZERO))) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> impatient.get(site.uri("/slow"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(site.uri("/slow") + ": no complete answer within 800 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aFiftyMegabytePageIsCutAtTheCapWithoutReadingItAll() {
    try (PageFetcher capped = PageFetcher.with(PageFetcher.Options.defaults()
        .withTimeout(Duration.ofSeconds(20)).withPerHostInterval(Duration.ZERO)
        .withMaxBytes(1024 * 1024))) {
      assertThatThrownBy(() -> capped.get(site.uri("/huge"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(site.uri("/huge") + ": larger than the limit of 1 MB");
      assertThatThrownBy(() -> capped.get(site.uri("/huge-declared"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(site.uri("/huge-declared") + ": larger than the limit of 1 MB");
    }
    // the server stopped writing long before the end: the client hung up
    assertThat(site.hugeBytesSent()).isLessThan(LocalSite.HUGE_BYTES);
  }

  @Test
  void aClosedPortIsAClearMessage() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/feed.xml");

    assertThatThrownBy(() -> fetcher.get(closed, Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(closed + ": connection refused or host unreachable");
  }

  @Test
  void requestsToOneHostArePaced() {
    site.put("/a", "text/plain", "a");
    try (PageFetcher polite = PageFetcher.with(PageFetcher.Options.defaults()
        .withPerHostInterval(Duration.ofMillis(300)))) {
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        polite.get(site.uri("/a"), Validators.NONE);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }
  }

  @Test
  void onlyHttpAddressesAreFetched() {
    assertThatThrownBy(() -> PageFetcher.parseUri("file:///etc/passwd"))
        .isInstanceOf(PrecisException.class)
        .hasMessage("'file:///etc/passwd' is not an http or https address");
    assertThatThrownBy(() -> PageFetcher.parseUri("http:// bad"))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("'http:// bad' is not a valid address");
  }
}
