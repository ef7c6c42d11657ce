package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.fetch.LocalSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Feeds page in a real headless Chromium, as {@link BrowserTest} drives the others: a feed
 * followed with the form appears in the table with its title, status, last fetch and article
 * count; a feed that cannot be read shows as failing with its reason; the stories page then has
 * the feed's story. Screenshot in {@code target/screenshots/feeds.png}. Skipped, with a message,
 * where Debian's chromium is not installed.
 */
class FeedsBrowserTest {
  @TempDir static Path dir;
  static LocalSite site;
  static PrecisServer server;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled("FeedsBrowserTest");
    site = LocalSite.feeds();
    FeedsApiTest.serveHarbourFeeds(site);
    server = PrecisServer.start(FeedsApiTest.config(dir.resolve("data")));
    server.feeds().follow(site.url("/wire.atom"), null);

    chromium = Chromium.start(dir, 1000);
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void followAFeedAndSeeItsStatusAndArticles() throws Exception {
    browser.get(server.url() + "feeds");
    chromium.waitUpTo(20).until(d -> d.findElements(By.cssSelector("#feed-rows tr")).size() == 1);
    assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText())
        .isEqualTo("Feeds");

    follow(site.url("/post.rss"));
    chromium.waitUpTo(10).until(d -> d.findElement(By.id("status")).getText().startsWith("Now following"));
    follow(site.url("/missing.rss"));
    chromium.waitUpTo(10).until(d -> d.findElement(By.id("status")).getText()
        .equals("Now following " + site.url("/missing.rss") + "."));
    follow("file:///etc/passwd");
    chromium.waitUpTo(10).until(d -> d.findElement(By.id("status")).getText()
        .equals("'file:///etc/passwd' is not an http or https address"));
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).contains("error");

    // the table follows the first polls by itself (and is redrawn every 3 s, so each row is
    // read in one script call, never through elements a redraw may have replaced)
    chromium.waitUpTo(30).until(d -> cells(site.url("/post.rss")).size() == 5
        && cells(site.url("/post.rss")).get(3).equals("2")
        && cells(site.url("/missing.rss")).size() == 5
        && cells(site.url("/missing.rss")).get(1).contains("failing"));
    List<String> post = cells(site.url("/post.rss"));
    assertThat(post.get(0)).startsWith("Harbour Post");
    // the status, then (until a later poll) the first poll's warnings: this feed's entries are
    // teasers whose guid is no address, so their pages cannot be fetched
    assertThat(post.get(1).lines().findFirst().orElse("")).isIn("ok", "unchanged");
    assertThat(post.get(2)).endsWith("UTC");
    List<String> missing = cells(site.url("/missing.rss"));
    assertThat(missing.get(1)).contains("failing").contains("HTTP 404 (not found)");
    assertThat(missing.get(3)).isEqualTo("0");
    assertThat(cells(site.url("/wire.atom")).get(0)).contains("City Wire");
    chromium.screenshot("feeds.png");

    browser.get(server.url() + "stories?sort=size");
    chromium.waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#stories li")).isEmpty());
    // the bridge story of both outlets (see FeedsApiTest on why not exactly two articles)
    assertThat(browser.findElement(By.cssSelector("#stories li")).getText())
        .containsIgnoringCase("bridge").containsPattern("[23] articles");
  }

  private static void follow(String url) {
    WebElement input = browser.findElement(By.id("feed-url"));
    input.clear();
    input.sendKeys(url);
    browser.findElement(By.cssSelector("#feed-form button[type=submit]")).click();
  }

  /** The texts of a feed's row, read at once; empty when the row is not there. */
  @SuppressWarnings("unchecked")
  private static List<String> cells(String url) {
    return (List<String>) browser.executeScript("const row = [...document.querySelectorAll("
        + "'#feed-rows tr')].find(r => r.dataset.url === arguments[0]);"
        + "return row ? [...row.cells].map(c => c.innerText.trim()) : [];", url);
  }
}
