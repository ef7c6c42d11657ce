package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web page in a real headless Chromium: paste two articles, summarize, check sentences and
 * source markers and the highlighting, then the stories pages. Screenshots go to
 * {@code target/screenshots/}. Skipped, with a message, where Debian's chromium is not installed.
 */
class BrowserTest {
  @TempDir static Path dir;
  static NewsroomInBrowser site;
  static PrecisServer server;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    site = NewsroomInBrowser.start(dir, "BrowserTest");
    server = site.server;
    chromium = site.chromium;
    browser = site.browser;
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void pasteTwoArticlesSummarizeAndFollowTheSources() throws Exception {
    browser.get(server.url());
    List<WebElement> editors = browser.findElements(By.cssSelector("#articles fieldset"));
    assertThat(editors).hasSize(2);
    site.pasteArticle(editors.get(0), Newsroom.FLOOD_GAZETTE_TITLE, Newsroom.FLOOD_GAZETTE);
    site.pasteArticle(editors.get(1), Newsroom.FLOOD_HERALD_TITLE, Newsroom.FLOOD_HERALD);
    browser.findElement(By.id("summarize")).click();

    List<WebElement> sentences = chromium.waitUpTo(30).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary li"), 0));
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Summary of 2 articles");
    WebElement both = null;
    for (WebElement s : sentences) {
      String markers = s.findElement(By.cssSelector(".markers")).getText();
      assertThat(markers).matches("(\\[[12]\\])+");
      assertThat(s.findElement(By.cssSelector(".text")).getText()).hasSizeGreaterThan(20);
      if (markers.contains("[1]") && markers.contains("[2]") && both == null) {
        both = s;
      }
    }
    assertThat(both).as("a sentence both outlets report").isNotNull();
    assertThat(browser.findElements(By.cssSelector("#sources li"))).hasSize(2);

    both.click();
    assertThat(both.getAttribute("aria-pressed")).isEqualTo("true");
    WebElement main = browser.findElement(By.cssSelector("#texts .body mark.main"));
    String sentence = both.findElement(By.cssSelector(".text")).getText();
    assertThat(main.getText()).as("highlighted: " + main.getText() + " / sentence: " + sentence).hasSizeGreaterThan(20);
    assertThat(sentence).startsWith(main.getText().substring(0, 20));
    assertThat(browser.findElements(By.cssSelector("#texts .body mark.evidence"))).isNotEmpty();
    chromium.screenshot("summarize.png");

    // by keyboard: Tab to the next sentence, Enter selects it
    int index = sentences.indexOf(both);
    WebElement next = sentences.get((index + 1) % sentences.size());
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", both);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    if (!next.equals(browser.switchTo().activeElement())) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", next);
    }
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(next.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(both.getAttribute("aria-pressed")).isEqualTo("false");

    // readable on a phone: nothing wider than the screen
    browser.manage().window().setSize(new Dimension(390, 844));
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    chromium.screenshot("summarize-phone.png");
    browser.manage().window().setSize(new Dimension(1200, 1600));
  }

  @Test
  void anArabicArticleIsSummarizedInArabicAndReadsRightToLeft() throws Exception {
    browser.get(server.url());
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language")))
        .selectByValue("arabic");
    site.pasteArticle(browser.findElements(By.cssSelector("#articles fieldset")).get(0),
        "فيضان النيل في شمال السودان",
        "غمرت مياه نهر النيل عدة قرى في شمال السودان يوم الأحد بعد أمطار غزيرة. وقال مسؤولون "
            + "محليون إن مئات العائلات نقلت إلى مدارس في مدينة دنقلا. وأضافوا أن المياه بدأت "
            + "تنحسر صباح الاثنين وأن فرق الإغاثة وزعت الخيام والطعام على السكان.");
    assertThat(browser.findElement(By.cssSelector("#articles textarea")).getCssValue("direction"))
        .isEqualTo("rtl");
    browser.findElement(By.id("summarize")).click();
    List<WebElement> sentences = chromium.waitUpTo(30).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary li"), 0));
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Summary of 1 article");
    WebElement text = sentences.get(0).findElement(By.cssSelector(".text"));
    assertThat(text.getText()).contains("النيل");
    assertThat(text.getCssValue("direction")).isEqualTo("rtl");
    assertThat(browser.findElement(By.cssSelector("#texts .body")).getCssValue("direction"))
        .isEqualTo("rtl");
    chromium.screenshot("summary-arabic.png");
  }

  @Test
  void storiesPageListsWhatWasIngestedAndOpensAStory() throws Exception {
    browser.get(server.url() + "stories");
    List<WebElement> stories = chromium.waitUpTo(30).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#stories li a"), 1));
    String titles = browser.findElement(By.id("stories")).getText();
    assertThat(titles).contains("tram");
    chromium.screenshot("stories.png");

    stories.get(0).click();
    chromium.waitUpTo(60).until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("#summary li"), 0));
    assertThat(browser.findElement(By.id("story-title")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#texts article"))).isNotEmpty();
    chromium.screenshot("story.png");

    browser.get(server.url() + "search?q=Kalvik");
    chromium.waitUpTo(30).until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("#article-hits li"), 0));
    assertThat(browser.findElement(By.id("article-hits")).getText()).contains("Kalvik");
  }

  /**
   * A page served from another port of the same machine tries what a hostile page would: an HTML
   * form posting text, a form posting fields, a {@code no-cors} fetch and a JSON fetch. The
   * browser sends the first three (it needs no permission to), the server refuses them; it
   * refuses to let the fourth be sent. Nothing is stored.
   */
  @Test
  void aPageOnAnotherPortCannotWriteToTheStore() throws Exception {
    Http http = new Http(server.url());
    int before = http.get("/api/health").json().get("articles").asInt();
    String target = server.url() + "api/articles";
    String body = Json.write(Newsroom.cityHall()).replace("\"", "&quot;");
    String page = """
        <!doctype html><html><head><title>working</title></head><body>
        <iframe name="sink" id="sink"></iframe>
        <form id="text" method="post" enctype="text/plain" target="sink" action="TARGET">
          <input type="hidden" name='BODY' value=""></form>
        <form id="fields" method="post" target="sink" action="TARGET">
          <input type="hidden" name="articles" value="BODY"></form>
        <script>
          const body = document.querySelector('#fields input').value;
          document.getElementById('text').submit();
          setTimeout(() => document.getElementById('fields').submit(), 300);
          const attempts = [
            fetch('TARGET', {method: 'POST', mode: 'no-cors', body: body,
                headers: {'Content-Type': 'text/plain'}}).then(() => 'sent', e => 'blocked'),
            fetch('TARGET', {method: 'POST', mode: 'cors', body: body,
                headers: {'Content-Type': 'application/json'}}).then(() => 'sent', e => 'blocked')];
          Promise.all(attempts).then(r => setTimeout(() => { document.title = r.join(','); }, 1000));
        </script></body></html>""".replace("TARGET", target).replace("BODY", body);
    com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/", exchange -> {
      byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    other.start();
    try {
      browser.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
      chromium.waitUpTo(30).until(d -> !"working".equals(d.getTitle()));
      // the no-cors request went out (its answer is opaque to the page); the JSON one did not
      assertThat(browser.getTitle()).isEqualTo("sent,blocked");
    } finally {
      other.stop(0);
    }
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(before);
    assertThat(http.get("/api/articles/city-hall").status()).isEqualTo(404);
  }

  /** Types the headline and pastes the body (as a paste would: one input event, not keystrokes). */
  @Test
  void aSourceThatStatesAnotherFigureIsShownAndHighlighted() throws Exception {
    String first = "An Arctic cold wave and accompanying blizzards have killed at least 62 people "
        + "throughout Europe, police and media reported on Monday. Temperatures fell to minus 30 "
        + "degrees in parts of Poland overnight, and snowdrifts cut off hundreds of villages.";
    String update = "Snowdrifts cut off hundreds of villages in the Carpathian mountains. An Arctic "
        + "cold wave and accompanying blizzards have killed at least 65 people throughout Europe, "
        + "police and media reported on Monday.";
    browser.get(server.url());
    List<WebElement> editors = browser.findElements(By.cssSelector("#articles fieldset"));
    site.pasteArticle(editors.get(0), "Cold wave kills 62", first);
    site.pasteArticle(editors.get(1), "Cold wave kills 65", update);
    browser.findElement(By.id("summarize")).click();
    List<WebElement> sentences = chromium.waitUpTo(30).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary li"), 0));
    WebElement toll = sentences.stream()
        .filter(s -> s.findElement(By.cssSelector(".text")).getText().contains("at least 62"))
        .findFirst().orElseThrow();
    assertThat(toll.findElement(By.cssSelector(".differing")).getText())
        .isEqualTo("another figure in [2]");
    toll.click();
    WebElement differing = browser.findElement(By.cssSelector("#texts .body mark.differing"));
    assertThat(differing.getText()).contains("at least 65");
    assertThat(differing.getAttribute("title")).isEqualTo("states another figure");
    chromium.screenshot("differing.png");
  }
}
