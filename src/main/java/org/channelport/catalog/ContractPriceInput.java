package org.channelport.catalog;

/** A new contract price as pages and the API send it (text, checked by the price lists). */
public record ContractPriceInput(
    String sku, String price, String currency, String validFrom, String validTo) {}
