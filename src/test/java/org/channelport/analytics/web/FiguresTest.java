package org.channelport.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {
  static final Figures.Def REVENUE = new Figures.Def("orderRevenue", Figures.Kind.MONEY, k -> null);
  static final Figures.Def RATE = new Figures.Def("acceptanceRate", Figures.Kind.RATE, k -> null);
  static final Figures.Def ORDERS = new Figures.Def("orders", Figures.Kind.COUNT, k -> null);

  static Figures.Figure figure(Figures.Def d, String now, String before) {
    return Figures.figure(
        d,
        now == null ? null : new BigDecimal(now),
        before == null ? null : new BigDecimal(before),
        Locale.ENGLISH);
  }

  @Test
  void moneyGrowsByAPercentageOfThePreviousPeriod() {
    Figures.Figure f = figure(REVENUE, "1500.00", "1200.00");
    assertEquals("1,500.00 EUR", f.value());
    assertEquals("1,200.00 EUR", f.previous());
    assertEquals("▲ 25.0 %", f.change());
    assertEquals("up", f.direction());
  }

  @Test
  void aFallIsShownDownwards() {
    Figures.Figure f = figure(ORDERS, "3", "4");
    assertEquals("3", f.value());
    assertEquals("▼ 25.0 %", f.change());
    assertEquals("down", f.direction());
  }

  @Test
  void aRateChangesByPercentagePoints() {
    Figures.Figure f = figure(RATE, "0.7500", "0.5000");
    assertEquals("75.0 %", f.value());
    assertEquals("50.0 %", f.previous());
    assertEquals("▲ 25.0 pp", f.change());
  }

  @Test
  void nothingBeforeIsNewAndARateOfNothingIsADash() {
    assertEquals("new", figure(ORDERS, "2", "0").change());
    assertEquals("", figure(ORDERS, "0", "0").change());
    assertEquals("same", figure(ORDERS, "5", "5").direction());
    assertEquals("= 0.0 %", figure(ORDERS, "5", "5").change());
    Figures.Figure none = figure(RATE, null, "0.5");
    assertEquals("–", none.value());
    assertEquals("", none.change());
    assertEquals("none", none.direction());
  }

  @Test
  void polishNumbersUseTheirOwnSeparators() {
    String money = Figures.money(new BigDecimal("1234.5"), Locale.forLanguageTag("pl"));
    assertEquals("1 234,50 EUR", money.replace('\u00a0', ' ').replace('\u202f', ' '));
  }
}
