package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.it.support.Browser;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The partner catalog page's facets in a browser: a click on a category, a manufacturer, a price
 * range or "in stock" narrows the table (an AJAX update) to exactly as many products as the value
 * counted, and those products are what the value says. Each click starts from a fresh search, and
 * every element is found again after each update.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogSearchBrowserIT {
  static final String WORD = "gigabit";
  static final By TOTAL = By.id("facetTotal");
  static final By ROWS =
      By.cssSelector("#catalogForm\\:products_data > tr:not(.ui-datatable-empty-message)");
  static final By REPORT = By.cssSelector("#catalogForm\\:products .ui-paginator-current");
  static final Pattern COUNT = Pattern.compile("^(.*) \\((\\d+)\\)$");

  /** The links of one facet ("in stock" is a single link without a label). */
  static String links(String label) {
    return label.equals("In stock")
        ? "//a[@id='catalogForm:inStockFacet']"
        : "//div[@id='catalogForm:facets']//div[contains(@class,'cp-facet')]"
            + "[span[starts-with(normalize-space(.),'"
            + label
            + "')]]//a[contains(@class,'cp-facet-value')]";
  }

  static By group(String label) {
    return By.xpath(links(label));
  }

  static By value(String label, int position) {
    return By.xpath("(" + links(label) + ")[" + position + "]");
  }

  /** A fresh search for the word (until the index answers it with facets). */
  static void search(Browser b) {
    for (int attempt = 0; ; attempt++) {
      b.open("/partner/prices.xhtml");
      b.replace(By.id("catalogForm:keywords"), WORD);
      b.click(By.id("catalogForm:search"));
      if (b.isPresent(TOTAL) || attempt >= 60) {
        break;
      }
      // the index is still being built: MariaDB answers, without facets
      ShowroomSearchIT.sleep(1000);
    }
    b.waitFor(TOTAL);
  }

  static long total(Browser b) {
    return Long.parseLong(b.text(TOTAL).replaceAll("[^0-9]", ""));
  }

  record Count(String label, long count) {}

  static Count count(String text) {
    Matcher m = COUNT.matcher(text.strip());
    assertTrue(m.matches(), "a facet value with its count: '" + text + "'");
    return new Count(m.group(1), Long.parseLong(m.group(2)));
  }

  /** The table shows as many rows as the total (one page of 25) and the paginator agrees. */
  static List<String> shownRows(Browser b, long expected) {
    assertEquals(expected, total(b), "the total above the facets");
    List<String> rows = b.texts(ROWS);
    assertEquals(Math.min(expected, 25), rows.size(), "rows shown: " + rows);
    String report = b.text(REPORT);
    assertTrue(report.endsWith("/ " + expected), "paginator: " + report);
    return rows;
  }

  /** The cells of the row of this SKU: sku, name, category, base price, net price, stock, days. */
  static List<String> cells(Browser b, int row) {
    return b.texts(
        By.cssSelector("#catalogForm\\:products_data > tr:nth-child(" + (row + 1) + ") > td"));
  }

  static BigDecimal amount(String cell) {
    return new BigDecimal(cell.replaceAll("[^0-9.]", ""));
  }

  @Test
  void eachFacetValueNarrowsTheTableToTheProductsItCounted() {
    try (Browser b = new Browser()) {
      b.signIn("pm-northwind");
      search(b);
      long all = total(b);
      assertTrue(all >= 2, "the word finds several products: " + b.pageText());
      shownRows(b, all);
      List<String> groups = List.of("Category", "Manufacturer", "Base price", "In stock");
      int clicked = 0;
      for (String group : groups) {
        List<String> values = b.texts(group(group));
        assertFalse(
            values.isEmpty(), group + " has values: " + b.text(By.id("catalogForm:facets")));
        long sum = 0;
        for (String v : values) {
          sum += count(v).count();
        }
        if (!group.equals("Category") && !group.equals("In stock")) {
          // categories count a parent with its children; "in stock" is one value
          assertEquals(all, sum, group + " adds up to the total: " + values);
        }
        for (int i = 0; i < Math.min(values.size(), 3); i++) {
          if (i > 0 || !values.equals(b.texts(group(group)))) {
            search(b);
          }
          Count c = count(values.get(i));
          assertTrue(c.count() <= all, c.toString());
          b.click(value(group, i + 1));
          // the update has settled (the click waits for it); read everything anew
          b.waitForText(By.id("catalogForm:facets"), "(" + c.count() + ")");
          List<String> rows = shownRows(b, c.count());
          for (int r = 0; r < rows.size(); r++) {
            List<String> cells = cells(b, r);
            switch (group) {
              case "Manufacturer" -> assertTrue(cells.get(1).contains(c.label()), c + ": " + cells);
              case "In stock" ->
                  assertTrue(Long.parseLong(cells.get(5).strip()) > 0, c + ": " + cells);
              case "Base price" -> {
                BigDecimal price = amount(cells.get(3));
                String[] range = c.label().replace("<", "").replace("+", "").split("–");
                if (c.label().startsWith("<")) {
                  assertTrue(price.compareTo(new BigDecimal(range[0])) < 0, c + ": " + cells);
                } else {
                  assertTrue(price.compareTo(new BigDecimal(range[0])) >= 0, c + ": " + cells);
                  if (range.length > 1) {
                    assertTrue(price.compareTo(new BigDecimal(range[1])) < 0, c + ": " + cells);
                  }
                }
              }
              default -> {}
            }
          }
          clicked++;
          // a second click on the chosen value lets it go: all products again
          b.click(By.cssSelector("#catalogForm\\:facets a.cp-chosen"));
          b.waitForText(TOTAL, Long.toString(all));
          shownRows(b, all);
        }
      }
      assertTrue(clicked >= 4, "one value of each facet at least");
      assertTrue(
          b.consoleErrors().stream()
              // the portal has no icon: the browser's own request for one answers 404
              .filter(e -> !e.contains("/favicon.ico"))
              .noneMatch(e -> e.startsWith("SEVERE")),
          b.consoleErrors().toString());
    }
  }
}
