package org.channelport.showroom;

import java.util.List;

/**
 * What a showroom visitor sends with "ask for an offer". {@code website} is the honeypot; {@code
 * campaignCode} the campaign of the link the visitor came by ({@code ?campaign=}), or null.
 */
public record InquiryForm(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    String postcode,
    String message,
    List<String> skus,
    String website,
    String campaignCode) {
  /** Products one inquiry lists at most (they fit the lead's product list). */
  public static final int MAX_PRODUCTS = 25;
}
