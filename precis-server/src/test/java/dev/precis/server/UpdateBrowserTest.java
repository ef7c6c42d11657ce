package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "New since your last visit" on a story page, in a real headless Chromium as {@link
 * FeedsBrowserTest} drives it: a reader sees Monday's flood story, Tuesday's articles arrive, and
 * the next visit shows what they add without what Monday's said; a visit with nothing added shows
 * no such section; {@code ?since=} in the address asks by date. Screenshot in {@code
 * target/screenshots/update.png}. Skipped, with a message, where Debian's chromium is missing.
 */
class UpdateBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of(System.getProperty("basedir", "."))
      .resolve("target/screenshots");

  @TempDir static Path dir;
  static PrecisServer server;
  static Http http;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.err.println("UpdateBrowserTest skipped: no " + CHROMIUM + " / " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver)");
    }
    assumeTrue(present, "skipped: the browser test needs Debian's chromium and chromium-driver ("
        + CHROMIUM + ", " + CHROMEDRIVER + "); apt-get install -y chromium chromium-driver");
    server = PrecisServer.start(PrecisServer.Config.defaults(dir.resolve("data")).withPort(0));
    http = new Http(server.url());

    // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1200,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
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
    wait(20).until(d -> d.findElement(By.id("update")).isDisplayed());
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
    shot("update.png");

    // nothing added since this visit: no section
    open(story, "");
    assertThat(browser.findElement(By.id("update")).isDisplayed()).isFalse();

    // by date, from the address
    open(story, "?since=2026-03-11");
    wait(20).until(d -> d.findElement(By.id("update")).isDisplayed());
    assertThat(browser.findElement(By.id("update-heading")).getText())
        .isEqualTo("New since 2026-03-11");
    assertThat(browser.findElement(By.id("update-meta")).getText())
        .isEqualTo("Nothing new since 2026-03-11: all 4 articles are dated before it.");
    open(story, "?since=last%20week");
    wait(20).until(d -> d.findElement(By.id("update")).isDisplayed());
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
    wait(20).until(d -> !d.findElements(By.cssSelector("#summary li")).isEmpty());
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private static void shot(String name) throws Exception {
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
