package org.channelport.support;

/**
 * A new issue as a partner user logs it (the API's body, the form's fields): codes as the API
 * writes them ({@code priority} low|normal|high|urgent, {@code category}
 * defect|installation|question|return); the order and its line are optional (without a line number,
 * the order's first line of the SKU).
 */
public record IssueInput(
    Long customerId,
    String sku,
    String serialNumber,
    Long orderId,
    Integer orderLineNo,
    String subject,
    String description,
    String priority,
    String category) {}
