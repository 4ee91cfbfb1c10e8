package org.channelport.catalog;

import java.util.Map;

/**
 * One product as an uploaded file has it: text, not yet checked. {@code line} is where it starts in
 * the file; {@code problem} is set when the row could not even be read (a message key, with args).
 * {@code delete} marks a BMEcat article sent with mode="delete".
 */
public record RawProduct(
    long line,
    String sku,
    String name,
    String description,
    String category,
    String basePrice,
    String currency,
    String manufacturer,
    String manufacturerPartNumber,
    String weightKg,
    String deliveryDays,
    String imageUrl,
    String active,
    Map<String, String> attributes,
    Map<String, String> stock,
    boolean delete,
    RowError problem) {}
