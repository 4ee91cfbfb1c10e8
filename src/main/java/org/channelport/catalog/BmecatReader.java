package org.channelport.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads BMEcat 1.2 and 2005 catalogs (T_NEW_CATALOG, T_UPDATE_PRODUCTS: ARTICLE or PRODUCT,
 * SUPPLIER_AID/PID, DESCRIPTION_SHORT/LONG, MANUFACTURER_NAME/AID/PID, DELIVERY_TIME, features,
 * ARTICLE_PRICE/PRODUCT_PRICE, MIME_INFO, CATALOG_GROUP_SYSTEM and the article-to-group maps) with
 * streaming StAX: DTDs and external entities are off, and a document with a DOCTYPE is refused.
 *
 * <p>The group maps come after the articles in a BMEcat file, so the file is read twice: first the
 * groups and the maps (small), then the articles one at a time.
 */
public final class BmecatReader implements CatalogReader {
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private final InputStream in;
  private final Map<String, String> groupOf;
  private final List<CategoryDecl> categories;
  private final String defaultCurrency;
  private final List<String> warnings = new ArrayList<>();
  private int relativePictures;

  private BmecatReader(
      InputStream in, Map<String, String> groupOf, List<CategoryDecl> categories, String currency)
      throws XMLStreamException {
    this.in = in;
    this.xml = FACTORY.createXMLStreamReader(in);
    this.groupOf = groupOf;
    this.categories = categories;
    this.defaultCurrency = currency;
  }

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  public static BmecatReader open(CatalogReader.Source source) throws IOException {
    Structure structure;
    try (InputStream first = source.open()) {
      structure = Structure.read(first);
    }
    InputStream second = source.open();
    try {
      BmecatReader reader =
          new BmecatReader(second, structure.groupOf, structure.categories, structure.currency);
      reader.toRoot();
      return reader;
    } catch (XMLStreamException e) {
      second.close();
      throw malformed(e);
    }
  }

  private void toRoot() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new CatalogFileException("catalog.file.doctype");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return;
      }
    }
  }

  /** What the first pass collects: the group system, the article-to-group map, the currency. */
  private static final class Structure {
    final Map<String, String> groupOf = new HashMap<>();
    final List<CategoryDecl> categories = new ArrayList<>();
    String currency;

    static Structure read(InputStream in) {
      Structure s = new Structure();
      try {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        boolean root = true;
        Deque<String> path = new ArrayDeque<>();
        Map<String, String> fields = new HashMap<>();
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
          int event = xml.next();
          switch (event) {
            case XMLStreamConstants.DTD -> throw new CatalogFileException("catalog.file.doctype");
            case XMLStreamConstants.START_ELEMENT -> {
              String name = xml.getLocalName();
              if (root && !"BMECAT".equals(name)) {
                throw new CatalogFileException("catalog.file.notBmecat", name);
              }
              root = false;
              if (isArticle(name)) {
                skipElement(xml);
                continue;
              }
              if ("CATALOG_STRUCTURE".equals(name)) {
                String type = xml.getAttributeValue(null, "type");
                fields.clear();
                fields.put("TYPE", type == null ? "" : type);
              }
              path.push(name);
              text.setLength(0);
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                text.append(xml.getText());
            case XMLStreamConstants.END_ELEMENT -> {
              String name = path.pop();
              String value = text.toString().strip();
              text.setLength(0);
              s.collect(name, path.peek(), value, fields);
            }
            default -> {
              // comments, processing instructions, white space
            }
          }
        }
        xml.close();
      } catch (XMLStreamException e) {
        throw malformed(e);
      }
      return s;
    }

    private void collect(String name, String parent, String value, Map<String, String> fields) {
      switch (name) {
        case "CURRENCY" -> {
          if ("CATALOG".equals(parent) && currency == null && !value.isEmpty()) {
            currency = value;
          }
        }
        case "GROUP_ID", "GROUP_NAME", "PARENT_ID", "ART_ID", "PROD_ID", "CATALOG_GROUP_ID" -> {
          if (!value.isEmpty()) {
            fields.putIfAbsent(name, value);
          }
        }
        case "CATALOG_STRUCTURE" -> {
          String id = fields.get("GROUP_ID");
          if (id != null && !"root".equals(fields.getOrDefault("TYPE", ""))) {
            categories.add(
                new CategoryDecl(
                    id, fields.getOrDefault("GROUP_NAME", id), fields.get("PARENT_ID")));
          }
          fields.clear();
        }
        case "ARTICLE_TO_CATALOGGROUP_MAP", "PRODUCT_TO_CATALOGGROUP_MAP" -> {
          String article =
              fields.containsKey("ART_ID") ? fields.get("ART_ID") : fields.get("PROD_ID");
          String group = fields.get("CATALOG_GROUP_ID");
          if (article != null && group != null) {
            groupOf.putIfAbsent(article, group);
          }
          fields.clear();
        }
        default -> {
          // not needed in the first pass
        }
      }
    }
  }

  private static boolean isArticle(String name) {
    return "ARTICLE".equals(name) || "PRODUCT".equals(name);
  }

  private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  @Override
  public RawProduct next() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new CatalogFileException("catalog.file.doctype");
        }
        if (event == XMLStreamConstants.START_ELEMENT && isArticle(xml.getLocalName())) {
          return article();
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private RawProduct article() throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    boolean delete = "delete".equalsIgnoreCase(xml.getAttributeValue(null, "mode"));
    Map<String, String> f = new HashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    String featureName = null;
    StringBuilder featureValue = new StringBuilder();
    String featureUnit = null;
    String priceType = null;
    String price = null;
    String priceCurrency = null;
    String chosenPrice = null;
    String chosenCurrency = null;
    boolean chosenIsList = false;
    String mimeType = null;
    String mimeSource = null;
    String mimePurpose = null;
    String image = null;
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          text.setLength(0);
          String name = xml.getLocalName();
          if (name.equals("ARTICLE_PRICE") || name.equals("PRODUCT_PRICE")) {
            priceType = xml.getAttributeValue(null, "price_type");
            price = null;
            priceCurrency = null;
          } else if (name.equals("FEATURE")) {
            featureName = null;
            featureValue.setLength(0);
            featureUnit = null;
          } else if (name.equals("MIME")) {
            mimeType = null;
            mimeSource = null;
            mimePurpose = null;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String name = xml.getLocalName();
          String value = text.toString().strip();
          text.setLength(0);
          switch (name) {
            case "SUPPLIER_AID", "SUPPLIER_PID" -> f.putIfAbsent("sku", value);
            case "DESCRIPTION_SHORT" -> f.putIfAbsent("name", value);
            case "DESCRIPTION_LONG" -> f.putIfAbsent("description", value);
            case "MANUFACTURER_NAME" -> f.putIfAbsent("manufacturer", value);
            case "MANUFACTURER_AID", "MANUFACTURER_PID" -> f.putIfAbsent("mpn", value);
            case "DELIVERY_TIME" -> f.putIfAbsent("delivery", value);
            case "FNAME" -> featureName = value;
            case "FVALUE" -> {
              if (featureValue.length() > 0) {
                featureValue.append(", ");
              }
              featureValue.append(value);
            }
            case "FUNIT" -> featureUnit = value;
            case "FEATURE" -> {
              if (featureName != null && !featureName.isEmpty()) {
                String v = featureValue.toString();
                if (featureUnit != null && !featureUnit.isEmpty() && !v.isEmpty()) {
                  v = v + " " + featureUnit;
                }
                attributes.putIfAbsent(featureName, v);
              }
            }
            case "PRICE_AMOUNT" -> price = value;
            case "PRICE_CURRENCY" -> priceCurrency = value;
            case "ARTICLE_PRICE", "PRODUCT_PRICE" -> {
              boolean list =
                  priceType != null && priceType.toLowerCase(Locale.ROOT).equals("net_list");
              if (price != null && (chosenPrice == null || (list && !chosenIsList))) {
                chosenPrice = price;
                chosenCurrency = priceCurrency;
                chosenIsList = list;
              }
            }
            case "MIME_TYPE" -> mimeType = value;
            case "MIME_SOURCE" -> mimeSource = value;
            case "MIME_PURPOSE" -> mimePurpose = value;
            case "MIME" -> {
              boolean picture = mimeType == null || mimeType.startsWith("image/");
              if (picture && mimeSource != null && image == null) {
                String lower = mimeSource.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http://") || lower.startsWith("https://")) {
                  if (mimePurpose == null || "normal".equals(mimePurpose)) {
                    image = mimeSource;
                  }
                } else {
                  relativePictures++;
                }
              }
            }
            default -> {
              // other BMEcat elements are not part of the catalog here
            }
          }
        }
        default -> {
          // comments and the like
        }
      }
    }
    String sku = f.get("sku");
    return new RawProduct(
        line,
        sku,
        f.get("name"),
        f.get("description"),
        sku == null ? null : groupOf.get(sku),
        chosenPrice,
        chosenCurrency != null ? chosenCurrency : defaultCurrency,
        f.get("manufacturer"),
        f.get("mpn"),
        null,
        f.get("delivery"),
        image,
        null,
        attributes,
        Map.of(),
        delete,
        null);
  }

  private static CatalogFileException malformed(XMLStreamException e) {
    var location = e.getLocation();
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + 9);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return new CatalogFileException(
        "catalog.file.badXml", location == null ? 0 : location.getLineNumber(), message.strip());
  }

  @Override
  public List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    if (relativePictures > 0) {
      all.add(
          relativePictures
              + " pictures with a relative MIME_SOURCE were ignored: give pictures as http(s) URLs.");
    }
    return all;
  }

  @Override
  public List<CategoryDecl> categories() {
    return categories;
  }

  @Override
  public void close() {
    try {
      xml.close();
      in.close();
    } catch (XMLStreamException | IOException e) {
      // nothing left to read
    }
  }
}
