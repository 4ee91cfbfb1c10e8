package org.channelport.support;

import java.util.List;

/** A solution's text, products and categories, checked and normalised. */
record SolutionContent(
    String title, String symptoms, String steps, List<String> categories, List<String> skus) {
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 20_000;
  static final int MAX_REFS = 50;

  SolutionContent {
    categories = List.copyOf(categories);
    skus = List.copyOf(skus);
  }
}
