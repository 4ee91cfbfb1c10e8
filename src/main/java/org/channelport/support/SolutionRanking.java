package org.channelport.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which published solutions fit what a partner user is typing, best first. Two stages: the database
 * finds candidates on its FULLTEXT index in boolean mode ({@link Query#booleanMode()}: every word
 * optional and a prefix, so a half-typed last word already matches), then {@link #rank} orders them
 * here by what a reader cares about — a word in the title counts more than one in the symptoms,
 * which counts more than one in the steps; the more of the typed words a solution has, the better;
 * a solution for the product (SKU) or category of the issue being typed comes first among equals;
 * how often it solved an issue breaks ties.
 *
 * <p>The user's text never reaches the database as boolean-mode syntax: it is cut into words of
 * letters and digits only, so {@code + - " * ( ) ~ < > @} are harmless. Stop words (English,
 * German, Polish, and InnoDB's own list) and words shorter than the index's 3 characters are left
 * out: they would match nearly everything or nothing.
 */
public final class SolutionRanking {
  /** InnoDB's default minimum token size: shorter words are not in the index. */
  static final int MIN_WORD = 3;

  static final int MAX_TERMS = 12;

  static final double TITLE = 3.0;
  static final double SYMPTOMS = 1.5;
  static final double STEPS = 0.75;

  /** A whole word (not only a prefix of a longer one) counts this much more. */
  static final double WHOLE_WORD = 0.25;

  static final double SKU_BOOST = 2.5;
  static final double CATEGORY_BOOST = 1.0;

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Words that say nothing about a problem: left out of the search. */
  static final Set<String> STOP_WORDS =
      Set.copyOf(
          Arrays.asList(
              String.join(
                      " ",
                      // InnoDB's default list (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD)
                      "a about an are as at be by com de en for from how i in is it la of on or",
                      "that the this to was what when where who will with und www",
                      // English
                      "and after any but can cannot cant did does doesn dont doesnt didnt has",
                      "have had not no our its all some there then than they them their into",
                      "out off also still just very too why which while would should could been",
                      "being were you your his her she him get gets got customer customers",
                      "please help problem issue",
                      // German
                      "der die das den dem des ein eine einen nicht kein keine ist sind mit von",
                      "auf nach bei oder wird sich",
                      // Polish, folded (without accents) as the words are compared
                      "nie sie jest oraz ale czy jak ten tak przy dla lub pod nad bez juz po na",
                      "do od za ze co to")
                  .split(" ")));

  private SolutionRanking() {}

  /**
   * The words of a search: {@code terms} folded for the re-rank, {@code indexTerms} the same words
   * only in lower case for the index (whose collation compares accents itself, but not every letter
   * the way the folding here does: ł is not l to it).
   */
  public record Query(List<String> terms, List<String> indexTerms) {
    public Query {
      terms = List.copyOf(terms);
      indexTerms = List.copyOf(indexTerms);
    }

    public boolean isEmpty() {
      return terms.isEmpty();
    }

    /**
     * The search for InnoDB's boolean mode: each word optional and a prefix ({@code switch*
     * power*}). Null when no word is left.
     */
    public String booleanMode() {
      if (indexTerms.isEmpty()) {
        return null;
      }
      StringBuilder q = new StringBuilder();
      for (String term : indexTerms) {
        if (!q.isEmpty()) {
          q.append(' ');
        }
        q.append(term).append('*');
      }
      return q.toString();
    }
  }

  /** A solution the database found, with what the re-rank reads of it. */
  public record Candidate(
      long id,
      String title,
      String symptoms,
      String steps,
      int solvedCount,
      double relevance,
      Set<String> skus,
      Set<String> categories) {
    public Candidate {
      skus = skus == null ? Set.of() : Set.copyOf(skus);
      categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
  }

  /**
   * The issue being typed: its product (SKU) and the catalog categories it is in (the product's
   * category and those above it, or the one a caller named); either may be absent.
   */
  public record Context(String sku, Set<String> categories) {
    public static final Context NONE = new Context(null, Set.of());

    public Context {
      sku = sku == null || sku.isBlank() ? null : sku.strip().toUpperCase(Locale.ROOT);
      Set<String> folded = new HashSet<>();
      if (categories != null) {
        categories.forEach(c -> folded.add(c.toLowerCase(Locale.ROOT)));
      }
      categories = Set.copyOf(folded);
    }
  }

  /** A candidate with its score (higher is better). */
  public record Ranked(Candidate solution, double score) {}

  /**
   * The words of {@code text}: letters and digits only, folded (lower case, no accents), without
   * stop words and words under {@value #MIN_WORD} characters, each once, at most {@value
   * #MAX_TERMS}. A half-typed last word stays in: every term is matched as a prefix.
   */
  public static Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new Query(List.of(), List.of());
    }
    Set<String> terms = new LinkedHashSet<>();
    List<String> indexTerms = new ArrayList<>();
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (String word : WORD_BREAK.split(lower)) {
      String cut = word.length() > 40 ? word.substring(0, 40) : word;
      String folded = fold(cut);
      if (cut.codePointCount(0, cut.length()) >= MIN_WORD
          && !STOP_WORDS.contains(folded)
          && terms.size() < MAX_TERMS
          && terms.add(folded)) {
        indexTerms.add(cut);
      }
    }
    return new Query(new ArrayList<>(terms), indexTerms);
  }

  /**
   * The candidates in the order to show them, best first, at most {@code limit}; a candidate that
   * matches none of the words here (and scored nothing in the index) is left out.
   */
  public static List<Ranked> rank(
      Query query, List<Candidate> candidates, Context context, int limit) {
    double maxRelevance =
        candidates.stream().mapToDouble(Candidate::relevance).filter(r -> r > 0).max().orElse(1);
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      double text = textScore(query, c);
      if (!query.isEmpty() && text <= 0 && c.relevance() <= 0) {
        continue;
      }
      double score = text + 0.5 * Math.max(0, c.relevance()) / maxRelevance;
      score += boost(c, context);
      score += 0.2 * Math.log10(1 + Math.max(0, c.solvedCount()));
      ranked.add(new Ranked(c, Math.round(score * 1000) / 1000.0));
    }
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> -r.solution().solvedCount())
            .thenComparingLong(r -> r.solution().id()));
    return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
  }

  /** The words' weight in title, symptoms and steps, scaled by the share of words found. */
  static double textScore(Query query, Candidate c) {
    if (query.isEmpty()) {
      return 0;
    }
    List<String> title = words(c.title());
    List<String> symptoms = words(c.symptoms());
    List<String> steps = words(c.steps());
    double sum = 0;
    int found = 0;
    for (String term : query.terms()) {
      double best =
          Math.max(
              field(term, title, TITLE),
              Math.max(field(term, symptoms, SYMPTOMS), field(term, steps, STEPS)));
      if (best > 0) {
        found++;
        sum += best;
      }
    }
    double coverage = (double) found / query.terms().size();
    return sum * coverage;
  }

  private static double field(String term, List<String> words, double weight) {
    double best = 0;
    for (String word : words) {
      if (word.equals(term)) {
        return weight + WHOLE_WORD;
      }
      if (word.startsWith(term)) {
        best = weight;
      }
    }
    return best;
  }

  private static double boost(Candidate c, Context context) {
    double boost = 0;
    if (context.sku() != null
        && c.skus().stream().anyMatch(s -> s.equalsIgnoreCase(context.sku()))) {
      boost += SKU_BOOST;
    }
    if (!context.categories().isEmpty()
        && c.categories().stream()
            .anyMatch(k -> context.categories().contains(k.toLowerCase(Locale.ROOT)))) {
      boost += CATEGORY_BOOST;
    }
    return boost;
  }

  /** A text's words, folded ({@link #fold}), split at anything but letters and digits. */
  static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(fold(w));
      }
    }
    return words;
  }

  /**
   * Lower case without accents (ł and ß too), so "Zasilacz" finds "zasilacz" and "Strom" "strom".
   */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(ch -> ch < 0x80)) {
      return lower;
    }
    return MARKS
        .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
        .replaceAll("")
        .replace("ł", "l")
        .replace("ß", "ss");
  }
}
