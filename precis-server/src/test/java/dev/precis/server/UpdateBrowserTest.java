package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

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
 * "New since your last visit" on a story page, in a real headless Chromium as {@link
 * FeedsBrowserTest} drives it: a reader sees Monday's flood story, Tuesday's articles arrive, and
 * the next visit shows what they add without what Monday's said; a visit with nothing added shows
 * no such section; {@code ?since=} in the address asks by date. Screenshot in {@code
 * target/screenshots/update.png}. Skipped, with a message, where Debian's chromium is missing.
 */
class UpdateBrowserTest {
  @TempDir static Path dir;
  static PrecisServer server;
  static Http http;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled("UpdateBrowserTest");
    server = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("data")).withPort(0));
    http = new Http(server.url());

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
  }

  @Test
  void aStoryThatGrewShowsWhatIsNewSinceTheLastVisit() throws Exception {
    assertThat(http.post("/api/articles", StoryUpdateTest.floodArticles(List.of(
        "a-valley-herald.json", "b-northern-wire.json"))).status()).isEqualTo(200);
    String story = onlyStory();
    open(story, "");
    assertThat(browser.findElement(By.id("update")).isDisplayed()).isFalse();

    assertThat(http.post("/api/articles", StoryUpdateTest.floodArticles(List.of(
        "c-valley-herald.json", "d-coastline-news.json"))).status()).isEqualTo(200);
    assertThat(onlyStory()).isEqualTo(story);
    open(story, "");
    chromium.waitUpTo(20).until(d -> d.findElement(By.id("update")).isDisplayed());
    assertThat(browser.findElement(By.id("update-heading")).getText())
        .startsWith("New since your last visit, ");
    assertThat(browser.findElement(By.id("update-meta")).getText())
        .isEqualTo("2 new articles; 2 already seen, left out with what they say.");
    List<WebElement> items = browser.findElements(By.cssSelector("#update-summary li"));
    assertThat(items).isNotEmpty();
    String update = String.join("\n", items.stream().map(WebElement::getText).toList());
    assertThat(update).doesNotContain("200 homes").contains("1,500")
        .containsAnyOf("(Valley Herald)", "(Coastline News)");
    // the whole story's summary is still there below it
    assertThat(browser.findElements(By.cssSelector("#summary li"))).isNotEmpty();
    chromium.screenshot("update.png");

    // nothing added since this visit: no section
    open(story, "");
    assertThat(browser.findElement(By.id("update")).isDisplayed()).isFalse();

    // by date, from the address
    open(story, "?since=2026-03-11");
    chromium.waitUpTo(20).until(d -> d.findElement(By.id("update")).isDisplayed());
    assertThat(browser.findElement(By.id("update-heading")).getText())
        .isEqualTo("New since 2026-03-11");
    assertThat(browser.findElement(By.id("update-meta")).getText())
        .isEqualTo("Nothing new since 2026-03-11: all 4 articles are dated before it.");
    open(story, "?since=last%20week");
    chromium.waitUpTo(20).until(d -> d.findElement(By.id("update")).isDisplayed());
    assertThat(browser.findElement(By.id("update-meta")).getText())
        .startsWith("cannot read the date 'last week' for 'since'");
  }

  private static String onlyStory() {
    var stories = http.get("/api/stories").json().get("stories");
    assertThat(stories).hasSize(1);
    return stories.get(0).get("id").asText();
  }

  /** Opens the story's page and waits until its summary is shown. */
  private static void open(String story, String query) {
    browser.get(server.url() + "stories/" + story + query);
    chromium.waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#summary li")).isEmpty());
  }
}
