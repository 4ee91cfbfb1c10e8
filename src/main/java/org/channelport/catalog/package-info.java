/**
 * The product catalog: products and categories, catalog uploads (CSV and BMEcat) and their error
 * reports, exports, search (SQL, and each node's Lucene index that follows the catalog revisions:
 * {@link org.channelport.catalog.ProductIndexService}), and price lists (tier discounts, contract
 * prices). Shape: entities, value records, the upload status and the services ({@link
 * org.channelport.catalog.Catalog}, {@link org.channelport.catalog.CatalogImport}, {@link
 * org.channelport.catalog.PriceLists}) at the root; {@code web/} the catalog and price list pages'
 * backing beans; {@code api/} the catalog, upload and price list resources and their JSON records.
 * Publishes {@code Catalog}, {@code PriceContext}, {@code ProductSearch}, {@code ProductView},
 * {@code ProductIndexQuery} and {@code ProductIndexResult} (the showroom uses them).
 */
package org.channelport.catalog;
