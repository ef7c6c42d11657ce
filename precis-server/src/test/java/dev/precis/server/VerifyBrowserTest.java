package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "Check a summary" page and the search page's "Summarize these results" in a real headless
 * Chromium, as {@link BrowserTest} drives the others. Skipped, with a message, where Debian's
 * chromium is not installed.
 */
class VerifyBrowserTest {
  /** One sentence the sources state, one with another weekday, one they never mention. */
  private static final String SUMMARY = "About 600 people were evacuated from Alderbrook on "
      + "Tuesday when the River Alder burst its banks after three days of heavy rain.\n"
      + "Forecasters expect the river to peak on Friday evening, with more rain due before "
      + "Thursday.\n"
      + "The county opened a new hospital wing for children in March.";

  @TempDir static Path dir;
  static NewsroomInBrowser site;
  static PrecisServer server;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    site = NewsroomInBrowser.start(dir, "VerifyBrowserTest");
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
  void eachSentenceShowsItsVerdictInWordsAndItsEvidenceHighlighted() throws Exception {
    browser.get(server.url());
    browser.findElement(By.linkText("Check a summary")).click();
    chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles fieldset")));
    chromium.paste(browser.findElement(By.id("summary-text")), SUMMARY);
    List<WebElement> editors = browser.findElements(By.cssSelector("#articles fieldset"));
    assertThat(editors).hasSize(2);
    site.pasteArticle(editors.get(0), Newsroom.FLOOD_GAZETTE_TITLE, Newsroom.FLOOD_GAZETTE);
    site.pasteArticle(editors.get(1), Newsroom.FLOOD_HERALD_TITLE, Newsroom.FLOOD_HERALD);
    browser.findElement(By.id("verify")).click();

    List<WebElement> checks = chromium.waitUpTo(30).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#checks > li"), 0));
    assertThat(checks).hasSize(3);
    assertThat(checks).extracting(c -> c.getAttribute("data-verdict"))
        .containsExactly("supported", "contradicted", "unsupported");
    // a word and a sign, not colour alone
    assertThat(checks).extracting(c -> c.findElement(By.cssSelector(".verdict")).getText())
        .containsExactly("✓ Supported", "✗ Contradicted", "? Not found in the sources");
    assertThat(browser.findElement(By.id("score")).getText())
        .isEqualTo("1 of 3 sentences supported (33%): 1 supported, 1 contradicted, 1 not found "
            + "in the sources.");

    WebElement supported = checks.get(0);
    assertThat(supported.findElement(By.cssSelector(".check-details")).getText())
        .contains("In much the same words in [2] " + Newsroom.FLOOD_HERALD_TITLE);
    supported.click();
    assertThat(supported.getAttribute("aria-pressed")).isEqualTo("true");
    WebElement evidence = browser.findElement(By.cssSelector("#texts .body mark.evidence"));
    assertThat(evidence.getText()).startsWith("About 600 people were evacuated from Alderbrook");

    WebElement contradicted = checks.get(1);
    assertThat(contradicted.findElement(By.cssSelector(".conflict")).getText())
        .startsWith("Differs (weekday friday against wednesday) in ");
    // by keyboard: focus the sentence, Enter selects it
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", contradicted);
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(contradicted.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(supported.getAttribute("aria-pressed")).isEqualTo("false");
    WebElement differing = browser.findElement(By.cssSelector("#texts .body mark.differing"));
    assertThat(differing.getText()).contains("peak on Wednesday evening");
    assertThat(differing.getAttribute("title")).isEqualTo("differs: weekday friday against wednesday");
    assertThat(browser.findElements(By.cssSelector("#texts .body mark.evidence"))).isEmpty();

    assertThat(checks.get(2).findElements(By.cssSelector(".check-details"))).isEmpty();
    chromium.screenshot("verify.png");

    // readable on a phone: nothing wider than the screen
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      chromium.screenshot("verify-phone.png");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
    }
  }

  @Test
  void summaryTextIsShownAsTextNeverAsMarkup() {
    browser.get(server.url() + "verify");
    chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles fieldset")));
    chromium.paste(browser.findElement(By.id("summary-text")),
        "<img src=x onerror=\"document.title='owned'\"> The River Alder burst its banks.");
    site.pasteArticle(browser.findElements(By.cssSelector("#articles fieldset")).get(0),
        Newsroom.FLOOD_GAZETTE_TITLE, Newsroom.FLOOD_GAZETTE);
    browser.findElement(By.id("verify")).click();
    WebElement first = chromium.waitUpTo(30).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checks > li .text")));
    assertThat(first.getText()).startsWith("<img src=x");
    assertThat(browser.findElements(By.cssSelector("#checks img"))).isEmpty();
    assertThat(browser.getTitle()).isNotEqualTo("owned");
  }

  @Test
  void aStoryPageLinksToCheckingASummaryAgainstItsArticles() {
    browser.get(server.url() + "stories");
    chromium.waitUpTo(30).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#stories li a"), 1));
    browser.findElements(By.cssSelector("#stories li a")).stream()
        .filter(a -> a.getText().contains("Alder")).findFirst().orElseThrow().click();
    chromium.waitUpTo(30).until(ExpectedConditions.attributeContains(By.id("check-story"), "href",
        "/verify?story="));
    browser.findElement(By.id("check-story")).click();
    chromium.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("story-note")));
    List<WebElement> texts = browser.findElements(By.cssSelector("#articles textarea"));
    assertThat(texts).extracting(t -> t.getAttribute("value"))
        .contains(Newsroom.FLOOD_GAZETTE, Newsroom.FLOOD_HERALD, Newsroom.FLOOD_POST);
  }

  @Test
  void searchResultsAreSummarizedAboutTheSearch() throws Exception {
    // the minus word is the search's own syntax, not a topic of the summary
    browser.get(server.url() + "search?q=" + java.net.URLEncoder.encode("Alderbrook -tram",
        java.nio.charset.StandardCharsets.UTF_8));
    WebElement button = chromium.waitUpTo(30).until(
        ExpectedConditions.visibilityOfElementLocated(By.id("summarize-results")));
    assertThat(browser.findElements(By.cssSelector("#article-hits li"))).hasSize(3);
    assertThat(button.getText()).isEqualTo("Summarize these results");
    button.click();
    List<WebElement> sentences = chromium.waitUpTo(60).until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary li"), 0));
    assertThat(browser.findElement(By.id("status")).getText())
        .startsWith("Summary of what 3 articles say about “Alderbrook”");
    assertThat(browser.findElement(By.id("notes")).getText()).contains("about 'Alderbrook': ");
    for (WebElement s : sentences) {
      assertThat(s.findElement(By.cssSelector(".markers")).getText()).matches("(\\[[123]\\])+");
    }
    assertThat(browser.findElements(By.cssSelector("#sources li"))).hasSize(3);
    sentences.get(0).click();
    assertThat(browser.findElements(By.cssSelector("#texts .body mark.main"))).hasSize(1);
    chromium.screenshot("search-summary.png");
  }
}
