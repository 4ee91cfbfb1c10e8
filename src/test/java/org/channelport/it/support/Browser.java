package org.channelport.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver; no browser downloads. Closing it fails
 * the test when the console reported a Content-Security-Policy violation on any page it showed.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  public Browser() {
    try {
      profile = Files.createTempDirectory("channelport-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("channelport.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    // the console, to see Content-Security-Policy violations
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("channelport.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public void open(String path) {
    driver.get(Stack.portalUrl() + path);
  }

  /** Opens the portal, signs in on the Keycloak login page and waits for the home page. */
  public void signIn(String username) {
    open("/");
    waitFor(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    waitFor(By.id("signedInUser"));
  }

  public WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public void waitForTextGone(By by, String text) {
    wait.until(
        ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(by, text)));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebDriver driver() {
    return driver;
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Console messages about Content-Security-Policy violations since the last call. */
  public List<String> cspViolations() {
    try {
      return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::getMessage)
          .filter(message -> message.contains("Content Security Policy"))
          .toList();
    } catch (WebDriverException e) {
      return List.of(); // a driver without the console log
    }
  }

  @Override
  public void close() {
    List<String> violations = cspViolations();
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
    if (!violations.isEmpty()) {
      throw new AssertionError("Content-Security-Policy violations: " + violations);
    }
  }
}
