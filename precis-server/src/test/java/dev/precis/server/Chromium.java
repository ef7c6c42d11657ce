package dev.precis.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, for the tests that use the web page
 * as a reader would. One per test class:
 *
 * <pre>{@code
 * @BeforeAll static void start() throws Exception {
 *   Chromium.assumeInstalled("BrowserTest");     // skips the class, with a message, when missing
 *   ... start the service ...
 *   chromium = Chromium.start(dir, 1600);        // a fresh profile under dir, 1200 px wide
 *   browser = chromium.driver();
 * }
 * @AfterAll static void stop() { if (chromium != null) chromium.close(); }
 * }</pre>
 *
 * Screenshots go to {@code target/screenshots/}. The driver is given explicitly, so Selenium
 * Manager never looks for (or downloads) one.
 */
final class Chromium implements AutoCloseable {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of(System.getProperty("basedir", "."))
      .resolve("target/screenshots");

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Skips the calling test class, saying why on stderr too, where Chromium is not installed. */
  static void assumeInstalled(String test) {
    boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!present) {
      System.err.println(test + " skipped: no " + BINARY + " / " + DRIVER
          + " (apt-get install chromium chromium-driver)");
    }
    assumeTrue(present, "skipped: the browser test needs Debian's chromium and chromium-driver ("
        + BINARY + ", " + DRIVER + "); apt-get install -y chromium chromium-driver");
  }

  /** Starts a headless browser 1200 px wide and {@code height} px high, its profile in {@code dir}. */
  static Chromium start(Path dir, int height) throws IOException {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1200," + height,
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    Files.createDirectories(SHOTS);
    return new Chromium(new ChromeDriver(service, options));
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Sets a text area as a paste would: one input event, not keystrokes. */
  void paste(WebElement area, String text) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME}. */
  void screenshot(String name) throws IOException {
    File file = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
