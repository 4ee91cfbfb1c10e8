package org.channelport.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.channelport.shared.SpreadsheetCells;

/**
 * The catalog for partner shops, streamed: CSV with the upload's columns (so an exported file
 * uploads again unchanged) plus the caller's {@code net_price}, or BMEcat 2005 with the caller's
 * net prices. Cells a spreadsheet would run as formulas get a leading apostrophe.
 */
public final class CatalogExport {
  private final DataSource dataSource;
  private final ProductSearch search;

  public CatalogExport(DataSource dataSource) {
    this.dataSource = dataSource;
    this.search = new ProductSearch(dataSource);
  }

  /** The catalog's current revision (for the next ?since=). */
  public long revision() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT revision FROM catalog_revision WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> columns(String kind) {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT name FROM catalog_column WHERE kind = ? ORDER BY name")) {
      s.setString(1, kind);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  public void csv(ProductSearch.Criteria criteria, PriceContext prices, OutputStream out) {
    List<String> warehouses = columns("stock");
    List<String> attributes = columns("attr");
    List<String> header = new ArrayList<>(CsvCatalogReader.COLUMNS);
    warehouses.forEach(w -> header.add(CsvCatalogReader.STOCK_PREFIX + w));
    attributes.forEach(a -> header.add(CsvCatalogReader.ATTR_PREFIX + a));
    if (prices.forPartner()) {
      header.add(CsvCatalogReader.NET_PRICE);
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
      csv.printRecord(header.stream().map(SpreadsheetCells::escape).toList());
      search.stream(
          criteria,
          prices,
          p -> {
            List<String> row = new ArrayList<>(header.size());
            row.add(p.sku());
            row.add(p.name());
            row.add(p.description());
            row.add(p.categoryCode());
            row.add(p.basePrice().stripTrailingZeros().toPlainString());
            row.add(p.currency());
            row.add(p.manufacturer());
            row.add(p.manufacturerPartNumber());
            row.add(
                p.weightKg() == null ? null : p.weightKg().stripTrailingZeros().toPlainString());
            row.add(p.deliveryDays() == null ? null : p.deliveryDays().toString());
            row.add(p.imageUrl());
            row.add(String.valueOf(p.active()));
            warehouses.forEach(w -> row.add(p.stock().get(w)));
            attributes.forEach(a -> row.add(p.attributes().get(a)));
            if (prices.forPartner()) {
              row.add(p.netPrice().toPlainString());
            }
            try {
              csv.printRecord(row.stream().map(SpreadsheetCells::escape).toList());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BMEcat 2005: T_NEW_CATALOG, or T_UPDATE_PRODUCTS when only changes since a point are asked. */
  public void bmecat(
      ProductSearch.Criteria criteria,
      PriceContext prices,
      List<Category> categories,
      boolean update,
      String catalogId,
      OutputStream out) {
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("BMECAT");
      xml.writeAttribute("version", "2005");
      xml.writeDefaultNamespace("http://www.bmecat.org/bmecat/2005");
      xml.writeStartElement("HEADER");
      xml.writeStartElement("CATALOG");
      element(xml, "LANGUAGE", "eng");
      element(xml, "CATALOG_ID", catalogId);
      element(xml, "CATALOG_VERSION", String.valueOf(revision()));
      element(xml, "DATETIME", Instant.now().toString());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement(update ? "T_UPDATE_PRODUCTS" : "T_NEW_CATALOG");
      if (update) {
        xml.writeAttribute("prev_version", "0");
      }
      if (!update) {
        xml.writeStartElement("CATALOG_GROUP_SYSTEM");
        for (Category c : categories) {
          xml.writeStartElement("CATALOG_STRUCTURE");
          xml.writeAttribute("type", "node");
          element(xml, "GROUP_ID", c.getCode());
          element(xml, "GROUP_NAME", c.getName());
          if (c.getParentId() != null) {
            categories.stream()
                .filter(p -> p.getId().equals(c.getParentId()))
                .findFirst()
                .ifPresent(p -> element(xml, "PARENT_ID", p.getCode()));
          }
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      search.stream(
          criteria,
          prices,
          p -> {
            try {
              product(xml, p, prices, update);
            } catch (XMLStreamException e) {
              throw new IllegalStateException(e);
            }
          });
      // BMEcat puts the group map after the products: a second streamed read, no list in memory
      search.stream(
          criteria,
          PriceContext.NONE,
          p -> {
            try {
              xml.writeStartElement("PRODUCT_TO_CATALOGGROUP_MAP");
              element(xml, "PROD_ID", p.sku());
              element(xml, "CATALOG_GROUP_ID", p.categoryCode());
              xml.writeEndElement();
            } catch (XMLStreamException e) {
              throw new IllegalStateException(e);
            }
          });
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void product(
      XMLStreamWriter xml, ProductView p, PriceContext prices, boolean update)
      throws XMLStreamException {
    xml.writeStartElement("PRODUCT");
    xml.writeAttribute("mode", !p.active() ? "delete" : update ? "update" : "new");
    element(xml, "SUPPLIER_PID", p.sku());
    xml.writeStartElement("PRODUCT_DETAILS");
    element(xml, "DESCRIPTION_SHORT", p.name());
    element(xml, "DESCRIPTION_LONG", p.description());
    element(xml, "MANUFACTURER_PID", p.manufacturerPartNumber());
    element(xml, "MANUFACTURER_NAME", p.manufacturer());
    element(xml, "DELIVERY_TIME", p.deliveryDays() == null ? null : p.deliveryDays().toString());
    xml.writeEndElement();
    if (!p.attributes().isEmpty()) {
      xml.writeStartElement("PRODUCT_FEATURES");
      for (Map.Entry<String, String> a : p.attributes().entrySet()) {
        xml.writeStartElement("FEATURE");
        element(xml, "FNAME", a.getKey());
        element(xml, "FVALUE", a.getValue());
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeStartElement("PRODUCT_PRICE_DETAILS");
    price(xml, "net_list", p.basePrice(), p.currency());
    if (prices.forPartner()) {
      price(xml, "net_customer", p.netPrice(), p.currency());
    }
    xml.writeEndElement();
    if (p.imageUrl() != null) {
      xml.writeStartElement("MIME_INFO");
      xml.writeStartElement("MIME");
      element(xml, "MIME_TYPE", "image/jpeg");
      element(xml, "MIME_SOURCE", p.imageUrl());
      element(xml, "MIME_PURPOSE", "normal");
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void price(XMLStreamWriter xml, String type, BigDecimal amount, String currency)
      throws XMLStreamException {
    xml.writeStartElement("PRODUCT_PRICE");
    xml.writeAttribute("price_type", type);
    element(xml, "PRICE_AMOUNT", amount.stripTrailingZeros().toPlainString());
    element(xml, "PRICE_CURRENCY", currency);
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    try {
      xml.writeStartElement(name);
      xml.writeCharacters(value);
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
