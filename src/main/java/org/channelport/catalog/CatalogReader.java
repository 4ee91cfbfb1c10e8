package org.channelport.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads the products of an uploaded catalog file one at a time: never the whole file at once. */
public interface CatalogReader extends AutoCloseable {
  /** The next product, or null at the end of the file. */
  RawProduct next();

  /** Things worth telling that are not errors, such as unknown columns (English). */
  List<String> warnings();

  /** Categories the file declares itself (BMEcat's catalog group system); none for CSV. */
  List<CategoryDecl> categories();

  @Override
  void close();

  /** Where a reader gets its bytes; it may open them more than once (BMEcat reads twice). */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  static CatalogReader open(CatalogFormat format, Source source) throws IOException {
    return format == CatalogFormat.CSV
        ? new CsvCatalogReader(source.open())
        : BmecatReader.open(source);
  }
}
