package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests drive: a service on a free port holding the newsroom's flood and tram
 * stories ({@link Newsroom}), and a headless {@link Chromium} 1,600 px high to open its pages.
 * Skips the calling test, with a message, where Debian's chromium is not installed.
 *
 * <pre>{@code
 * @BeforeAll static void start() throws Exception { site = NewsroomInBrowser.start(dir, "MyTest"); }
 * @AfterAll static void stop() { if (site != null) site.close(); }
 * }</pre>
 */
final class NewsroomInBrowser implements AutoCloseable {
  final PrecisServer server;
  final Chromium chromium;
  final ChromeDriver browser;

  private NewsroomInBrowser(PrecisServer server, Chromium chromium) {
    this.server = server;
    this.chromium = chromium;
    this.browser = chromium.driver();
  }

  /** Starts both, the service's store and the browser's profile in {@code dir}. */
  static NewsroomInBrowser start(Path dir, String test) throws Exception {
    Chromium.assumeInstalled(test);
    PrecisServer server = PrecisServer.start(
        PrecisServer.Config.defaults(dir.resolve("data")).withPort(0));
    try {
      Http http = new Http(server.url());
      assertThat(http.post("/api/articles", Newsroom.flood()).status()).isEqualTo(200);
      assertThat(http.post("/api/articles", Newsroom.tram()).status()).isEqualTo(200);
      return new NewsroomInBrowser(server, Chromium.start(dir, 1600));
    } catch (Exception | AssertionError e) {
      server.close();
      throw e;
    }
  }

  /** Fills one article editor of a page: its title field and, as a paste would, its text. */
  void pasteArticle(WebElement editor, String title, String text) {
    editor.findElement(By.cssSelector("input.title")).sendKeys(title);
    chromium.paste(editor.findElement(By.cssSelector("textarea")), text);
  }

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      server.close();
    }
  }
}
