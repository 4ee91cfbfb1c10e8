package org.channelport.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How product text becomes index terms. The catalog does not say which language a product is
 * written in, so name and description are indexed once as folded words (lower case, accents folded:
 * "Schalter", "schälter" and "SCHALTER" are one term) and once per language with that language's
 * stemmer (English Porter, German light, Polish Stempel), each stem folded after stemming. A query
 * word is looked up in every form.
 */
final class ProductAnalysis {
  static final String NAME = "name";
  static final String DESCRIPTION = "description";
  static final String CODE = "code";
  static final String MAKER = "maker";
  static final List<String> LANGUAGES = List.of("en", "de", "pl");

  private ProductAnalysis() {}

  /** Folded words: the plain fields, the highlighter and the prefix and typo lookups. */
  static Analyzer plain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /** Lower-cased words with their accents: what the stemmers need as input. */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }

  /** One language's stems, folded. */
  static Analyzer stemmed(String language) {
    // per field: a document's name and description are analyzed side by side
    return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result =
            switch (language) {
              case "en" -> new PorterStemFilter(new EnglishPossessiveFilter(result));
              case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(result));
              case "pl" ->
                  new StempelFilter(result, new StempelStemmer(PolishAnalyzer.getDefaultTable()));
              default -> throw new IllegalArgumentException(language);
            };
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
      }
    };
  }

  /**
   * The analyzer of the plain text fields; the stem fields ({@code name_stem}, {@code
   * description_stem}) come analyzed: each language's stems of the text in one field, so a query
   * word looks up its distinct stems in one place.
   */
  static Analyzer index() {
    return plain();
  }

  /** The terms {@code analyzer} makes of {@code text}. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** One term of a single word ({@code text} as is when the analyzer drops it). */
  static String term(Analyzer analyzer, String word) {
    List<String> terms = terms(analyzer, word);
    return terms.isEmpty() ? word.toLowerCase(Locale.ROOT) : terms.get(0);
  }
}
