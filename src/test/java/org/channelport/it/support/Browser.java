package org.channelport.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * Headless Debian Chromium driven by Debian's chromedriver; no browser downloads.
 *
 * <p>Tests speak to pages only through the operations here, each naming its element by a {@link
 * By}; no test holds a {@code WebElement}. Every operation waits until the page is idle (loaded, no
 * jQuery, PrimeFaces or Faces AJAX request queued or running, no navigation under way), then finds
 * its element afresh, acts, and waits until the page is idle again, because the action may have
 * started an AJAX update or a navigation. If the element is replaced between finding and acting (a
 * stale element, or Chromium's "does not belong to the document"), the whole find-and-act is
 * repeated, at most {@value #ATTEMPTS} times in all. Closing it fails the test when the console
 * reported a Content-Security-Policy violation on any page it showed.
 */
public final class Browser implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final int ATTEMPTS = 3;

  /**
   * Answers "" when the page is idle, otherwise what it is busy with. Installs, once per document,
   * listeners that notice a navigation leaving the page, Faces ({@code faces.ajax}) requests and
   * PrimeFaces requests that wait out a {@code delay} before they enter the queue.
   */
  private static final String IDLE_SCRIPT =
      """
      var w = window;
      var s = w.__cpIdle;
      if (!s) {
        s = w.__cpIdle = {leaving: false, faces: 0, facesHooked: null, pfHooked: null, delayed: {}};
        w.addEventListener('beforeunload', function () { s.leaving = true; });
        w.addEventListener('pageshow', function () { s.leaving = false; });
      }
      if (w.faces && w.faces.ajax && s.facesHooked !== w.faces.ajax) {
        w.faces.ajax.addOnEvent(function (e) {
          if (e.status === 'begin') { s.faces++; }
          else if (e.status === 'success') { s.faces = Math.max(0, s.faces - 1); }
        });
        w.faces.ajax.addOnError(function () { s.faces = Math.max(0, s.faces - 1); });
        s.facesHooked = w.faces.ajax;
      }
      var pf = w.PrimeFaces && w.PrimeFaces.ajax;
      var queue = pf && pf.Queue;
      if (queue && s.pfHooked !== queue && typeof queue.offer === 'function'
          && pf.Request && typeof pf.Request.send === 'function') {
        var send = pf.Request.send;
        pf.Request.send = function (request) {
          if (request) { request.__cpSent = true; }
          return send.apply(this, arguments);
        };
        var offer = queue.offer;
        queue.offer = function (request) {
          if (request && request.delay) {
            var source = typeof request.source === 'string'
                ? request.source : (request.source && request.source.id) || '?';
            s.delayed[source] = request;
          }
          return offer.apply(this, arguments);
        };
        s.pfHooked = queue;
      }
      if (s.leaving) { return 'a navigation to another page'; }
      if (document.readyState !== 'complete') { return 'the page loading (' + document.readyState + ')'; }
      if (w.jQuery && w.jQuery.active > 0) { return 'jQuery AJAX (' + w.jQuery.active + ')'; }
      if (queue) {
        if (typeof queue.isEmpty === 'function' && !queue.isEmpty()) { return 'the PrimeFaces AJAX queue'; }
        if (queue.xhrs && queue.xhrs.length > 0) { return 'PrimeFaces AJAX requests'; }
        for (var source in s.delayed) {
          if (!s.delayed[source].__cpSent) { return 'a delayed PrimeFaces AJAX request from ' + source; }
          delete s.delayed[source];
        }
      }
      if (s.faces > 0) { return 'Faces AJAX (' + s.faces + ')'; }
      return '';
      """;

  private final ChromeDriver driver;
  private final Path profile;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> repeats = new ArrayList<>();

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
        "--password-store=basic",
        "--window-size=1280,900",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    // no password manager bubbles over the pages after a sign-in
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "credentials_enable_service", false,
            "profile.password_manager_enabled", false,
            "profile.password_manager_leak_detection", false));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.WARNING);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("channelport.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  // --- pages --------------------------------------------------------------------------------

  public void open(String path) {
    driver.get(Stack.portalUrl() + path);
    awaitIdle("open " + path);
  }

  /** Opens the portal, signs in on the Keycloak login page and waits for the home page. */
  public void signIn(String username) {
    open("/");
    type(By.id("username"), username);
    type(By.id("password"), "demo");
    click(By.id("kc-login"));
    waitFor(By.id("signedInUser"));
  }

  public String currentUrl() {
    awaitIdle("read the address");
    return driver.getCurrentUrl();
  }

  // --- actions ------------------------------------------------------------------------------

  public void click(By by) {
    act("click " + by, () -> clickable(by).click());
  }

  /** Types into a field after what it holds already. */
  public void type(By by, String text) {
    act("type into " + by, () -> visible(by).sendKeys(text));
  }

  /** Empties a field and types into it. */
  public void replace(By by, String text) {
    act(
        "replace the text of " + by,
        () -> {
          WebElement field = visible(by);
          field.clear();
          field.sendKeys(text);
        });
  }

  /** Gives a file to a file input (which may be hidden behind a styled button). */
  public void upload(By fileInput, Path file) {
    act("upload into " + fileInput, () -> present(fileInput).sendKeys(file.toString()));
  }

  /**
   * Chooses an option by its visible text, in a plain {@code <select>} or a PrimeFaces
   * selectOneMenu ({@code by} naming the menu or its hidden select); then checks it is chosen.
   */
  public void select(By by, String visibleText) {
    String what = "select '" + visibleText + "' in " + by;
    String menuId =
        act(
            what,
            () -> {
              WebElement element = present(by);
              if ("select".equals(element.getTagName()) && element.isDisplayed()) {
                new Select(element).selectByVisibleText(visibleText);
                return null;
              }
              WebElement menu = selectOneMenu(element);
              menu.click();
              return menu.getDomAttribute("id");
            });
    if (menuId != null) {
      // PrimeFaces takes an item click for a choice only once the panel's opening transition has
      // ended (it then notes the value to revert to and marks the menu aria-expanded); an earlier
      // click throws in the page ("reading 'index'") and chooses nothing
      until(
          what + ": wait for the menu to be open",
          () ->
              driver
                      .findElements(
                          By.xpath(
                              "//*[@id="
                                  + xpathLiteral(menuId)
                                  + "]/descendant-or-self::*[@aria-expanded='true']"))
                      .isEmpty()
                  ? null
                  : Boolean.TRUE);
      click(
          By.xpath(
              "//*[@id="
                  + xpathLiteral(menuId + "_panel")
                  + "]//li[@data-label="
                  + xpathLiteral(visibleText)
                  + "]"));
    }
    until(what, () -> visibleText.equals(selectedText(by)) ? Boolean.TRUE : null);
  }

  /** Chooses an option of a plain {@code <select>} by its value. */
  public void selectValue(By by, String value) {
    act(
        "select value '" + value + "' in " + by,
        () -> new Select(visible(by)).selectByValue(value));
  }

  /**
   * Ticks a check box (a plain one, or a PrimeFaces one named by its box, its container or its
   * hidden input) unless it is ticked already; then checks it is ticked.
   */
  public void check(By by) {
    String what = "check " + by;
    act(
        what,
        () -> {
          if (!isChecked(present(by))) {
            checkBoxTarget(present(by)).click();
          }
        });
    until(what, () -> isChecked(present(by)) ? Boolean.TRUE : null);
  }

  /** Clicks an element inside the first of the rows that contains the text. */
  public void clickInRow(By rows, String containing, By inside) {
    act(
        "click " + inside + " in the row of " + rows + " with '" + containing + "'",
        () -> row(rows, containing).findElement(inside).click());
  }

  // --- reading ------------------------------------------------------------------------------

  /** The visible text of an element, once it is visible. */
  public String text(By by) {
    return act("read the text of " + by, () -> visible(by).getText());
  }

  /** The current value of a form field. */
  public String value(By by) {
    return act("read the value of " + by, () -> present(by).getDomProperty("value"));
  }

  /** The text of the first of the rows that contains the text, once there is one. */
  public String rowText(By rows, String containing) {
    return act(
        "read the row of " + rows + " with '" + containing + "'",
        () -> row(rows, containing).getText());
  }

  /** The visible texts of all such elements of the idle page, in page order (read in one go). */
  public List<String> texts(By by) {
    return act(
        "read the texts of " + by,
        () -> driver.findElements(by).stream().map(WebElement::getText).toList());
  }

  /** Whether the idle page has such an element (visible or not). */
  public boolean isPresent(By by) {
    return count(by) > 0;
  }

  /** How many such elements the idle page has. */
  public int count(By by) {
    return act("count " + by, () -> driver.findElements(by).size());
  }

  public String pageText() {
    return text(By.tagName("body"));
  }

  /** The browser's console errors and warnings so far (CSP violations, script errors). */
  public List<String> consoleErrors() {
    try {
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        consoleErrors.add(entry.getLevel() + " " + entry.getMessage());
      }
    } catch (WebDriverException e) {
      // a driver without the log endpoint: nothing to add
    }
    return List.copyOf(consoleErrors);
  }

  // --- waiting ------------------------------------------------------------------------------

  public void waitFor(By by) {
    until("wait for " + by + " to be visible", () -> displayed(by).orElse(null));
  }

  public void waitForText(By by, String text) {
    until(
        "wait for '" + text + "' in " + by,
        () -> displayed(by).map(WebElement::getText).filter(t -> t.contains(text)).orElse(null));
  }

  public void waitForTextGone(By by, String text) {
    until(
        "wait for '" + text + "' to leave " + by,
        () -> displayed(by).filter(e -> !e.getText().contains(text)).orElse(null));
  }

  public void waitForCount(By by, int count) {
    until(
        "wait for " + count + " of " + by,
        () -> driver.findElements(by).size() == count ? Boolean.TRUE : null);
  }

  // --- the machinery ------------------------------------------------------------------------

  private void act(String what, Runnable action) {
    act(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Waits for an idle page, runs the find-and-act, waits for an idle page again; repeats the
   * find-and-act when its element was replaced meanwhile.
   */
  private <T> T act(String what, Supplier<T> findAndAct) {
    WebDriverException replaced = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      awaitIdle(what);
      T result;
      try {
        result = findAndAct.get();
      } catch (WebDriverException e) {
        if (!isReplaced(e)) {
          throw e;
        }
        replaced = e;
        repeats.add(what + " (" + firstLine(e.getMessage()) + ")");
        continue;
      }
      awaitIdle(what);
      return result;
    }
    throw new IllegalStateException(
        what
            + ": the element was replaced by a page update in each of "
            + ATTEMPTS
            + " attempts; last error: "
            + firstLine(replaced.getMessage()),
        replaced);
  }

  /**
   * Waits until the page is idle and the condition answers non-null; a replaced element or a page
   * between two documents counts as "not yet".
   */
  private <T> T until(String what, Supplier<T> condition) {
    String[] busy = {""};
    Function<ChromeDriver, T> check =
        d -> {
          busy[0] = idleState();
          if (!busy[0].isEmpty()) {
            return null;
          }
          try {
            return condition.get();
          } catch (NoSuchElementException e) {
            return null;
          } catch (WebDriverException e) {
            if (isReplaced(e)) {
              return null;
            }
            throw e;
          }
        };
    try {
      return new FluentWait<>(driver).withTimeout(TIMEOUT).pollingEvery(POLL).until(check);
    } catch (TimeoutException e) {
      throw new AssertionError(
          what
              + ": not within "
              + TIMEOUT.toSeconds()
              + " s"
              + (busy[0].isEmpty() ? "" : "; the page was busy with " + busy[0])
              + " (at "
              + safeUrl()
              + ")",
          e);
    }
  }

  private void awaitIdle(String what) {
    until("wait for the page to be idle before/after '" + what + "'", () -> Boolean.TRUE);
  }

  /** "" when idle, otherwise what the page is busy with. */
  private String idleState() {
    try {
      Object state = ((JavascriptExecutor) driver).executeScript(IDLE_SCRIPT);
      return state == null ? "" : state.toString();
    } catch (NoSuchSessionException e) {
      throw e;
    } catch (WebDriverException e) {
      // between two documents the script may find no page to run in
      return "a page change (" + firstLine(e.getMessage()) + ")";
    }
  }

  private static boolean isReplaced(WebDriverException e) {
    if (e instanceof StaleElementReferenceException) {
      return true;
    }
    String message = String.valueOf(e.getMessage());
    return message.contains("does not belong to the document")
        || message.contains("No node with given id found")
        || message.contains("stale element")
        || message.contains("Cannot find context with specified id")
        || message.contains("Execution context was destroyed")
        || message.contains("Inspected target navigated or closed");
  }

  private WebElement present(By by) {
    return until("find " + by, () -> driver.findElements(by).stream().findFirst().orElse(null));
  }

  private WebElement visible(By by) {
    return until("find " + by + " visible", () -> displayed(by).orElse(null));
  }

  private WebElement clickable(By by) {
    return until(
        "find " + by + " visible and enabled",
        () ->
            displayed(by)
                .filter(WebElement::isEnabled)
                .filter(
                    e -> !String.valueOf(e.getDomAttribute("class")).contains("ui-state-disabled"))
                .orElse(null));
  }

  private Optional<WebElement> displayed(By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst();
  }

  private WebElement row(By rows, String containing) {
    return until(
        "find a row of " + rows + " with '" + containing + "'",
        () ->
            driver.findElements(rows).stream()
                .filter(r -> r.getText().contains(containing))
                .findFirst()
                .orElse(null));
  }

  private static WebElement selectOneMenu(WebElement element) {
    String css = " " + element.getDomAttribute("class") + " ";
    if (css.contains(" ui-selectonemenu ")) {
      return element;
    }
    return element.findElement(
        By.xpath(
            "ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ui-selectonemenu ')][1]"));
  }

  /** The text of the chosen option; the hidden select of a PrimeFaces menu holds it too. */
  private String selectedText(By by) {
    WebElement element = present(by);
    WebElement select =
        "select".equals(element.getTagName())
            ? element
            : selectOneMenu(element).findElement(By.tagName("select"));
    return new Select(select)
        .getAllSelectedOptions().stream()
            .findFirst()
            .map(o -> o.getDomProperty("textContent").strip())
            .orElse("");
  }

  private static final String CHKBOX_BOX =
      "ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ui-chkbox ')][1]"
          + "//*[contains(concat(' ', normalize-space(@class), ' '), ' ui-chkbox-box ')]";

  /** The styled box of a PrimeFaces check box, or null for a plain one. */
  private static WebElement checkBoxBox(WebElement element) {
    if ("input".equals(element.getTagName()) && element.isDisplayed()) {
      return null;
    }
    List<WebElement> boxes = element.findElements(By.xpath(CHKBOX_BOX));
    return boxes.isEmpty() ? null : boxes.get(0);
  }

  /**
   * PrimeFaces marks a ticked box "ui-state-active" (the hidden input of a table's select-all box
   * is not kept in step); a plain check box says it itself.
   */
  private static boolean isChecked(WebElement element) {
    WebElement box = checkBoxBox(element);
    if (box != null) {
      return (" " + box.getDomAttribute("class") + " ").contains(" ui-state-active ");
    }
    return element.isSelected();
  }

  /** What a person clicks: a visible plain check box, or the box of a PrimeFaces one. */
  private static WebElement checkBoxTarget(WebElement element) {
    WebElement box = checkBoxBox(element);
    return box != null ? box : element;
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private String safeUrl() {
    try {
      return driver.getCurrentUrl();
    } catch (WebDriverException e) {
      return "an unknown address";
    }
  }

  @Override
  public void close() {
    List<String> violations = List.of();
    try {
      List<String> errors = consoleErrors();
      violations = errors.stream().filter(e -> e.contains("Content Security Policy")).toList();
      if (!errors.isEmpty()) {
        System.out.println("[browser console] " + String.join("\n[browser console] ", errors));
      }
      if (!repeats.isEmpty()) {
        System.out.println("[browser repeat] " + String.join("\n[browser repeat] ", repeats));
      }
    } finally {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp folder left behind is harmless
      }
    }
    if (!violations.isEmpty()) {
      throw new AssertionError("Content-Security-Policy violations: " + violations);
    }
  }
}
