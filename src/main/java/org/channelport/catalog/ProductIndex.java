package org.channelport.catalog;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The catalog as a Lucene index in a folder of this node, beside MariaDB (which stays the system of
 * record): built from the database, kept current by applying the products of each new catalog
 * revision, and searched with ranking, filters and facets in one pass. Not a bean: the portal's
 * {@link ProductIndexService} owns one per node, tests and the benchmark make their own.
 */
public final class ProductIndex implements Closeable {
  private static final Logger LOG = Logger.getLogger(ProductIndex.class.getName());

  /** Raised when the fields change: an index of another schema is rebuilt, not read. */
  static final String SCHEMA = "3";

  static final String ID = "id";
  static final String SKU_EXACT = "sku_exact";
  static final String MPN_EXACT = "mpn_exact";
  static final String CATEGORY = "category";
  static final String MANUFACTURER = "manufacturer";
  static final String STOCK = "stock";
  static final String ACTIVE = "active";
  static final String PRICE = "price";
  static final String NAME_SORT = "name_sort";
  static final String SKU_SORT = "sku_sort";
  static final String REVISION = "revision";
  static final String NAME_STEM = "name_stem";
  static final String DESCRIPTION_STEM = "description_stem";

  /** Base prices are indexed as whole units of 1/10,000 (the column's scale). */
  static final int PRICE_SCALE = 4;

  /** At most so many words of a search are used. */
  static final int MAX_WORDS = 10;

  /** The last word as a start of a word: at most so many completions (the most frequent ones). */
  static final int MAX_PREFIX_TERMS = 64;

  /** ... chosen among at most so many completions (in the order of the index). */
  static final int MAX_PREFIX_SCAN = 10_000;

  private static final FacetsConfig FACETS = new FacetsConfig();

  /** A stored text field whose postings hold the words' offsets (for the highlighter). */
  private static final FieldType MARKED = new FieldType(TextField.TYPE_STORED);

  static {
    MARKED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    MARKED.freeze();
  }

  private final Path folder;
  private final ProductSource source;
  private final Analyzer indexAnalyzer = ProductAnalysis.index();
  private final Analyzer plain = ProductAnalysis.plain();
  private final Analyzer words = ProductAnalysis.words();
  private final Map<String, Analyzer> stemmers = new LinkedHashMap<>();
  private final ReentrantLock writing = new ReentrantLock();

  private Directory directory;
  private IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile long revision = -1;
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  public ProductIndex(Path folder, ProductSource source) {
    this.folder = folder;
    this.source = source;
    ProductAnalysis.LANGUAGES.forEach(l -> stemmers.put(l, ProductAnalysis.stemmed(l)));
  }

  /** Whether the index can answer searches (it is open and complete). */
  public boolean ready() {
    return searchers != null;
  }

  /** The catalog revision the index holds; -1 when it is not ready. */
  public long revision() {
    return ready() ? revision : -1;
  }

  public Path folder() {
    return folder;
  }

  /**
   * Opens the index left in the folder by an earlier run; false when there is none, it is damaged
   * or of another schema (then {@link #rebuild()} it).
   */
  public boolean open() {
    writing.lock();
    try {
      closeQuietly();
      if (!Files.isDirectory(folder)) {
        return false;
      }
      directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        closeQuietly();
        return false;
      }
      IndexWriter w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND, 16));
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      if (!SCHEMA.equals(data.get("schema")) || data.get("revision") == null) {
        w.rollback();
        closeQuietly();
        return false;
      }
      long held = Long.parseLong(data.get("revision"));
      if (held > source.revision()) {
        // the database is older than the index (put back, or another one): start afresh
        LOG.warning(() -> "The product index is ahead of the catalog; rebuilding");
        w.rollback();
        closeQuietly();
        return false;
      }
      SearcherManager manager = new SearcherManager(w, null);
      // reads every segment's metadata and the facet ordinals: a damaged file fails here
      IndexSearcher probe = manager.acquire();
      try {
        probe.count(new MatchAllDocsQuery());
        facets(probe.getIndexReader());
      } finally {
        manager.release(probe);
      }
      writer = w;
      revision = held;
      searchers = manager;
      catchUp();
      if (w.getDocStats().numDocs != source.count()) {
        // not the catalog it was built from (a database replaced by one with as many revisions)
        LOG.warning(() -> "The product index does not hold the catalog's products; rebuilding");
        closeQuietly();
        return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "The product index in its folder cannot be read (" + e + "); rebuilding");
      closeQuietly();
      return false;
    } finally {
      writing.unlock();
    }
  }

  /**
   * Builds the index anew from the source (every product), replacing whatever the folder held;
   * searches are not answered meanwhile. Returns the number of products indexed.
   */
  public long rebuild() {
    writing.lock();
    try {
      closeQuietly();
      deleteFolder();
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      IndexWriter w = new IndexWriter(directory, buildConfig());
      long upTo = source.revision();
      long[] count = {0};
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<IndexedProduct> batch = new ArrayList<>(1000);
        List<Future<?>> pending = new ArrayList<>();
        source.all(
            p -> {
              batch.add(p);
              count[0]++;
              if (batch.size() == 1000) {
                List<IndexedProduct> full = List.copyOf(batch);
                batch.clear();
                pending.add(pool.submit(() -> addAll(w, full)));
                // at most two batches per thread in memory
                while (pending.size() > threads * 2) {
                  await(pending.remove(0));
                }
              }
            });
        pending.add(pool.submit(() -> addAll(w, List.copyOf(batch))));
        pending.forEach(ProductIndex::await);
      } finally {
        pool.shutdown();
      }
      commit(w, upTo);
      writer = w;
      revision = upTo;
      searchers = new SearcherManager(w, null);
      return count[0];
    } catch (IOException e) {
      closeQuietly();
      throw new UncheckedIOException("The product index could not be built", e);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    } finally {
      writing.unlock();
    }
  }

  /**
   * Applies the products of every catalog revision after the index's own (inserted, changed,
   * deactivated); returns how many products were written. Searches see them right after.
   */
  public long catchUp() {
    if (!ready()) {
      return 0;
    }
    writing.lock();
    try {
      if (!ready()) {
        return 0;
      }
      long upTo = source.revision();
      if (upTo <= revision) {
        // segments the writer merged since (after a build, merges go on for a while)
        searchers.maybeRefresh();
        return 0;
      }
      List<IndexedProduct> changed = new ArrayList<>();
      source.changed(revision, upTo, changed::add);
      apply(changed, upTo);
      return changed.size();
    } catch (IOException e) {
      throw new UncheckedIOException("The product index could not be refreshed", e);
    } finally {
      writing.unlock();
    }
  }

  /** Writes these products (each replaces its earlier version) and holds revision {@code upTo}. */
  void apply(List<IndexedProduct> products, long upTo) {
    writing.lock();
    try {
      for (IndexedProduct p : products) {
        writer.updateDocument(new Term(ID, Long.toString(p.id())), document(p));
      }
      commit(writer, upTo);
      revision = upTo;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("The product index could not be updated", e);
    } finally {
      writing.unlock();
    }
  }

  private static void commit(IndexWriter w, long revision) throws IOException {
    w.setLiveCommitData(Map.of("schema", SCHEMA, "revision", Long.toString(revision)).entrySet());
    w.commit();
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode, double bufferMb) {
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(bufferMb);
    config.setCommitOnClose(false);
    return config;
  }

  /**
   * The writer of a build from scratch: a larger buffer (a million products make 7 segments and no
   * merge instead of 13 and a merge of 10), no compound files (each flushed segment would be copied
   * once more into one): about a third less CPU. The writer stays the index's writer afterwards
   * (for the revisions' updates).
   */
  private IndexWriterConfig buildConfig() {
    IndexWriterConfig config = config(IndexWriterConfig.OpenMode.CREATE, 128);
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    config.setMergePolicy(merges);
    return config;
  }

  private void addAll(IndexWriter w, List<IndexedProduct> products) {
    try {
      for (IndexedProduct p : products) {
        w.addDocument(document(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building the product index", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  Document document(IndexedProduct p) throws IOException {
    Document d = new Document();
    d.add(new StringField(ID, Long.toString(p.id()), Field.Store.YES));
    String name = p.name() == null ? "" : p.name();
    String description = p.description() == null ? "" : p.description();
    // offsets in the postings: the highlighter marks the page's words without analyzing again
    d.add(new Field(ProductAnalysis.NAME, name, MARKED));
    d.add(new Field(ProductAnalysis.DESCRIPTION, description, MARKED));
    for (Analyzer stems : stemmers.values()) {
      d.add(new TextField(NAME_STEM, stems.tokenStream(NAME_STEM, name)));
      d.add(new TextField(DESCRIPTION_STEM, stems.tokenStream(DESCRIPTION_STEM, description)));
    }
    String mpn = p.manufacturerPartNumber() == null ? "" : p.manufacturerPartNumber();
    d.add(new TextField(ProductAnalysis.CODE, p.sku() + " " + mpn, Field.Store.NO));
    d.add(new StoredField("sku", p.sku()));
    d.add(new StringField(SKU_EXACT, exact(p.sku()), Field.Store.NO));
    if (!mpn.isBlank()) {
      d.add(new StringField(MPN_EXACT, exact(mpn), Field.Store.NO));
    }
    String maker = p.manufacturer() == null ? "" : p.manufacturer().strip();
    if (!maker.isEmpty()) {
      d.add(new TextField(ProductAnalysis.MAKER, maker, Field.Store.NO));
      d.add(new StringField(MANUFACTURER, maker, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(MANUFACTURER, maker));
    }
    String category = Long.toString(p.categoryId());
    d.add(new StringField(CATEGORY, category, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(CATEGORY, category));
    String stock = p.inStock() ? "yes" : "no";
    d.add(new StringField(STOCK, stock, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(STOCK, stock));
    d.add(new StringField(ACTIVE, p.active() ? "1" : "0", Field.Store.NO));
    long price = price(p.basePrice());
    d.add(new LongPoint(PRICE, price));
    d.add(new NumericDocValuesField(PRICE, price));
    d.add(new SortedDocValuesField(NAME_SORT, new BytesRef(sortKey(name))));
    d.add(new SortedDocValuesField(SKU_SORT, new BytesRef(sortKey(p.sku()))));
    d.add(new NumericDocValuesField(REVISION, p.revision()));
    d.add(new NumericDocValuesField("id_sort", p.id()));
    return FACETS.build(d);
  }

  static String exact(String code) {
    return code.strip().toLowerCase(Locale.ROOT);
  }

  private static String sortKey(String s) {
    String key = s.toLowerCase(Locale.ROOT);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }

  static long price(BigDecimal basePrice) {
    // a bound beyond any price (the API takes 15 digits and 6 decimals) is the end of the range:
    // a search that failed here would close the index for every caller
    java.math.BigInteger units =
        basePrice.setScale(PRICE_SCALE, java.math.RoundingMode.HALF_UP).unscaledValue();
    if (units.bitLength() >= Long.SIZE) {
      return units.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return units.longValue();
  }

  /** One search: ranking, filters, the page, and (when asked) facets and highlights. */
  public ProductIndexResult search(ProductIndexQuery q) {
    SearcherManager manager = searchers;
    if (manager == null) {
      throw new IllegalStateException("The product index is not ready");
    }
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return search(searcher, q);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The product index could not be searched", e);
    }
  }

  private ProductIndexResult search(IndexSearcher searcher, ProductIndexQuery q)
      throws IOException {
    Query text = textQuery(q.keywords(), searcher.getIndexReader());
    Query query = filtered(text, q);
    int n = Math.max(1, q.offset() + q.limit());
    Sort sort = sort(q);
    // One pass: the page and the facets' matches together. (Two passes, the page ranked with
    // block-max WAND and the facets counted without scores, cost more CPU here: a common word's
    // matches score alike, so WAND skipped little, and each pass looks the words up again.)
    FacetsCollector collector = new FacetsCollector();
    TopDocs top =
        sort == null
            ? FacetsCollector.search(searcher, query, n, collector)
            : FacetsCollector.search(searcher, query, n, sort, collector);
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(q.offset(), docs.length);
    int to = Math.min(docs.length, q.offset() + q.limit());
    int[] page = new int[to - from];
    for (int i = from; i < to; i++) {
      page[i - from] = docs[i].doc;
    }
    Map<String, String[]> marked =
        q.highlight() && text != null && page.length > 0
            ? highlighter(searcher)
                .highlightFields(
                    new String[] {ProductAnalysis.NAME, ProductAnalysis.DESCRIPTION},
                    markQuery(q.keywords()),
                    page,
                    new int[] {1, 2})
            : Map.of();
    StoredFields stored = searcher.storedFields();
    List<ProductIndexResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      long id = Long.parseLong(stored.document(page[i], Set.of(ID)).get(ID));
      String[] names = marked.get(ProductAnalysis.NAME);
      String[] snippets = marked.get(ProductAnalysis.DESCRIPTION);
      hits.add(
          new ProductIndexResult.Hit(
              id, names == null ? null : names[i], snippets == null ? null : snippets[i]));
    }
    ProductIndexResult.Facets facets =
        q.facets()
            ? facets(searcher.getIndexReader(), collector, q.priceBounds())
            : ProductIndexResult.Facets.NONE;
    return new ProductIndexResult(hits, top.totalHits.value, facets);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, plain)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000)
        .build();
  }

  /** The words' query with the filters around it; featured products get a hair more score. */
  private static Query filtered(Query text, ProductIndexQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    if (q.active() != null) {
      b.add(new TermQuery(new Term(ACTIVE, q.active() ? "1" : "0")), Occur.FILTER);
    }
    if (q.categoryIds() != null) {
      if (q.categoryIds().isEmpty()) {
        return new MatchNoDocsQuery("no category shown");
      }
      b.add(
          new TermInSetQuery(
              CATEGORY, q.categoryIds().stream().map(id -> new BytesRef(id.toString())).toList()),
          Occur.FILTER);
    }
    if (q.minBasePrice() != null || q.maxBasePrice() != null) {
      long min = q.minBasePrice() == null ? Long.MIN_VALUE : price(q.minBasePrice());
      long max = q.maxBasePrice() == null ? Long.MAX_VALUE : price(q.maxBasePrice());
      // the points when the price decides, the doc values when the words already found few
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(PRICE, min, max),
              NumericDocValuesField.newSlowRangeQuery(PRICE, min, max)),
          Occur.FILTER);
    }
    if (q.manufacturer() != null) {
      b.add(new TermQuery(new Term(MANUFACTURER, q.manufacturer())), Occur.FILTER);
    }
    if (q.inStock() != null) {
      b.add(new TermQuery(new Term(STOCK, q.inStock() ? "yes" : "no")), Occur.FILTER);
    }
    if (!q.featuredIds().isEmpty()) {
      // scores are floats around 1..100: this decides only between products that score alike
      b.add(
          new BoostQuery(
              new ConstantScoreQuery(
                  new TermInSetQuery(
                      ID,
                      q.featuredIds().stream().map(id -> new BytesRef(id.toString())).toList())),
              0.0001f),
          Occur.SHOULD);
    }
    return b.build();
  }

  private static Sort sort(ProductIndexQuery q) {
    boolean reverse = !q.ascending();
    String sort = q.sort() == null ? "" : q.sort();
    if (q.keywords() == null && sort.equals("relevance")) {
      sort = "name";
    }
    SortField byId = new SortField("id_sort", SortField.Type.LONG);
    return switch (sort) {
      case "name" -> new Sort(new SortField(NAME_SORT, SortField.Type.STRING, reverse), byId);
      case "price" -> new Sort(new SortField(PRICE, SortField.Type.LONG, reverse), byId);
      case "sku" -> new Sort(new SortField(SKU_SORT, SortField.Type.STRING, reverse));
      case "newest" ->
          new Sort(
              new SortField(REVISION, SortField.Type.LONG, true),
              new SortField("id_sort", SortField.Type.LONG, true));
      default -> q.keywords() == null ? new Sort(byId) : null;
    };
  }

  /**
   * The words typed as a query: every word must match, in the name, SKU or part number,
   * manufacturer or description (name and codes weigh more), as typed (accents folded) or by its
   * stem in English, German or Polish, with one typo in words of five letters or more, and the last
   * word also as the start of a word. An exact SKU or part number ranks above everything.
   */
  Query textQuery(String keywords, IndexReader reader) throws IOException {
    if (keywords == null || keywords.isBlank()) {
      return null;
    }
    String typed = keywords.strip();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<String> raw = ProductAnalysis.terms(words, typed);
    if (raw.size() > MAX_WORDS) {
      raw = raw.subList(0, MAX_WORDS);
    }
    for (int i = 0; i < raw.size(); i++) {
      all.add(wordQuery(raw.get(i), i == raw.size() - 1, reader), Occur.MUST);
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    if (!raw.isEmpty()) {
      top.add(all.build(), Occur.SHOULD);
    }
    top.add(new BoostQuery(new TermQuery(new Term(SKU_EXACT, exact(typed))), 100f), Occur.SHOULD);
    top.add(new BoostQuery(new TermQuery(new Term(MPN_EXACT, exact(typed))), 80f), Occur.SHOULD);
    return top.build();
  }

  /**
   * What the snippets mark: the words as typed (folded). Typos, stems and word starts are found but
   * not marked: marking them would cost the highlighter an in-memory index per product (tens of
   * milliseconds a page).
   */
  private Query markQuery(String keywords) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> raw = ProductAnalysis.terms(words, keywords.strip());
    for (int i = 0; i < Math.min(raw.size(), MAX_WORDS); i++) {
      String folded = ProductAnalysis.term(plain, raw.get(i));
      for (String field : List.of(ProductAnalysis.NAME, ProductAnalysis.DESCRIPTION)) {
        b.add(new TermQuery(new Term(field, folded)), Occur.SHOULD);
      }
    }
    return b.build();
  }

  private Query wordQuery(String word, boolean last, IndexReader reader) throws IOException {
    String folded = ProductAnalysis.term(plain, word);
    java.util.Set<String> stems = new java.util.LinkedHashSet<>();
    stemmers.values().forEach(a -> stems.add(ProductAnalysis.term(a, word)));
    List<Query> forms = new ArrayList<>();
    boolean known =
        reader.docFreq(new Term(ProductAnalysis.NAME, folded)) > 0
            || reader.docFreq(new Term(ProductAnalysis.CODE, folded)) > 0;
    if (!stems.contains(folded)) {
      // the word as typed weighs a little more than its stem; where it is its own stem, the stem
      // fields find the same products (and more)
      forms.add(boost(new TermQuery(new Term(ProductAnalysis.NAME, folded)), 3f));
      forms.add(new TermQuery(new Term(ProductAnalysis.DESCRIPTION, folded)));
    }
    forms.add(boost(new TermQuery(new Term(ProductAnalysis.CODE, folded)), 3f));
    forms.add(boost(new TermQuery(new Term(ProductAnalysis.MAKER, folded)), 1.5f));
    for (String stem : stems) {
      float exact = stem.equals(folded) ? 3f : 2.5f;
      forms.add(boost(new TermQuery(new Term(NAME_STEM, stem)), exact));
      forms.add(
          boost(new TermQuery(new Term(DESCRIPTION_STEM, stem)), stem.equals(folded) ? 1f : 0.8f));
    }
    // a typo in a word no name or code holds (5 letters or more), in the name and manufacturer
    if (!known && folded.codePointCount(0, folded.length()) >= 5) {
      forms.add(boost(new FuzzyQuery(new Term(ProductAnalysis.NAME, folded), 1, 1), 1.5f));
      forms.add(boost(new FuzzyQuery(new Term(ProductAnalysis.MAKER, folded), 1, 1), 1f));
    }
    // the last word as the start of a word being typed (a complete word is found as it is)
    if (last && !known && folded.length() >= 2) {
      forms.add(boost(prefix(reader, ProductAnalysis.NAME, folded), 2f));
      forms.add(boost(prefix(reader, ProductAnalysis.CODE, folded), 2f));
    }
    return new DisjunctionMaxQuery(forms, 0.1f);
  }

  /**
   * The words of {@code field} that start with {@code start}: all of them when they are few, else
   * the {@link #MAX_PREFIX_TERMS} most frequent of the first {@link #MAX_PREFIX_SCAN} (a start of
   * one or two letters or digits would otherwise look up the postings of a hundred thousand SKU
   * numbers). Constant score, like a prefix query.
   */
  static Query prefix(IndexReader reader, String field, String start) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return new MatchNoDocsQuery("no " + field);
    }
    BytesRef p = new BytesRef(start);
    TermsEnum te = terms.iterator();
    if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
      return new MatchNoDocsQuery("no word starts with it");
    }
    java.util.PriorityQueue<Map.Entry<BytesRef, Integer>> top =
        new java.util.PriorityQueue<>(Map.Entry.comparingByValue());
    int seen = 0;
    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p); t = te.next()) {
      if (++seen > MAX_PREFIX_SCAN) {
        break;
      }
      int df = te.docFreq();
      if (top.size() < MAX_PREFIX_TERMS) {
        top.add(Map.entry(BytesRef.deepCopyOf(t), df));
      } else if (df > top.peek().getValue()) {
        top.poll();
        top.add(Map.entry(BytesRef.deepCopyOf(t), df));
      }
    }
    if (seen <= MAX_PREFIX_TERMS) {
      return new PrefixQuery(new Term(field, start));
    }
    return new ConstantScoreQuery(
        new TermInSetQuery(field, top.stream().map(Map.Entry::getKey).toList()));
  }

  private static Query boost(Query q, float boost) {
    return new BoostQuery(q, boost);
  }

  private ProductIndexResult.Facets facets(
      IndexReader reader, FacetsCollector collector, List<BigDecimal> bounds) throws IOException {
    if (reader.numDocs() == 0) {
      return ProductIndexResult.Facets.NONE;
    }
    SortedSetDocValuesReaderState state = facets(reader);
    Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
    Map<Long, Long> categories = new HashMap<>();
    for (LabelAndValue lv : children(counts, CATEGORY, Integer.MAX_VALUE)) {
      categories.put(Long.parseLong(lv.label), lv.value.longValue());
    }
    List<ProductIndexResult.Count> makers = new ArrayList<>();
    for (LabelAndValue lv : children(counts, MANUFACTURER, 20)) {
      makers.add(new ProductIndexResult.Count(lv.label, lv.value.longValue()));
    }
    makers.sort(
        Comparator.comparingLong(ProductIndexResult.Count::count)
            .reversed()
            .thenComparing(ProductIndexResult.Count::value));
    long inStock = 0;
    long outOfStock = 0;
    for (LabelAndValue lv : children(counts, STOCK, 2)) {
      if ("yes".equals(lv.label)) {
        inStock = lv.value.longValue();
      } else {
        outOfStock = lv.value.longValue();
      }
    }
    List<Long> ranges = new ArrayList<>();
    if (!bounds.isEmpty()) {
      LongRange[] r = new LongRange[bounds.size() + 1];
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < bounds.size(); i++) {
        long bound = price(bounds.get(i));
        r[i] = new LongRange("r" + i, previous, true, bound, false);
        previous = bound;
      }
      r[bounds.size()] = new LongRange("r" + bounds.size(), previous, true, Long.MAX_VALUE, true);
      FacetResult result = new LongRangeFacetCounts(PRICE, collector, r).getAllChildren(PRICE);
      Map<String, Long> byLabel = new HashMap<>();
      for (LabelAndValue lv : result.labelValues) {
        byLabel.put(lv.label, lv.value.longValue());
      }
      for (int i = 0; i < r.length; i++) {
        ranges.add(byLabel.getOrDefault("r" + i, 0L));
      }
    }
    return new ProductIndexResult.Facets(categories, makers, ranges, inStock, outOfStock);
  }

  private static LabelAndValue[] children(Facets counts, String dim, int top) throws IOException {
    try {
      FacetResult r =
          top == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(top, dim);
      return r == null ? new LabelAndValue[0] : r.labelValues;
    } catch (IllegalArgumentException e) {
      // no product has this dimension (e.g. no manufacturer at all)
      return new LabelAndValue[0];
    }
  }

  /** The facet ordinals of this reader, made once per reader (it changes with each refresh). */
  private SortedSetDocValuesReaderState facets(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    synchronized (this) {
      current = facetState;
      if (current != null && current.reader() == reader) {
        return current.state();
      }
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, FACETS);
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  /**
   * Products whose name or codes match the words typed so far (the last one as a start), active
   * ones in these categories only (null: all), best first.
   */
  public List<ProductIndexResult.Suggestion> suggest(String typed, Set<Long> categoryIds, int max) {
    SearcherManager manager = searchers;
    if (manager == null || typed == null || typed.isBlank()) {
      return List.of();
    }
    List<String> raw = ProductAnalysis.terms(words, typed.strip());
    if (raw.isEmpty()) {
      return List.of();
    }
    ProductIndexQuery filters =
        new ProductIndexQuery(
            typed,
            categoryIds,
            null,
            null,
            true,
            null,
            null,
            Set.of(),
            "relevance",
            true,
            0,
            max,
            List.of(),
            false,
            false);
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < Math.min(raw.size(), MAX_WORDS); i++) {
          String folded = ProductAnalysis.term(plain, raw.get(i));
          boolean last = i == Math.min(raw.size(), MAX_WORDS) - 1;
          List<Query> forms = new ArrayList<>();
          for (String field : List.of(ProductAnalysis.NAME, ProductAnalysis.CODE)) {
            forms.add(new TermQuery(new Term(field, folded)));
            if (last) {
              forms.add(prefix(searcher.getIndexReader(), field, folded));
            }
          }
          all.add(new DisjunctionMaxQuery(forms, 0f), Occur.MUST);
        }
        TopDocs top = searcher.search(filtered(all.build(), filters), max);
        StoredFields stored = searcher.storedFields();
        List<ProductIndexResult.Suggestion> found = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = stored.document(sd.doc, Set.of("sku", ProductAnalysis.NAME));
          found.add(new ProductIndexResult.Suggestion(d.get("sku"), d.get(ProductAnalysis.NAME)));
        }
        return found;
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The product index could not be searched", e);
    }
  }

  /** Bytes the index takes in its folder. */
  public long sizeOnDisk() {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private void deleteFolder() throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void closeQuietly() {
    SearcherManager manager = searchers;
    searchers = null;
    facetState = null;
    revision = -1;
    try {
      if (manager != null) {
        manager.close();
      }
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "closing the product index searchers: " + e);
    }
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "closing the product index writer: " + e);
    }
    writer = null;
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "closing the product index folder: " + e);
    }
    directory = null;
  }

  @Override
  public void close() {
    writing.lock();
    try {
      closeQuietly();
    } finally {
      writing.unlock();
    }
  }
}
