package org.channelport.support;

/**
 * Something happened to an issue (fired synchronously, in the step's transaction, for every step
 * and comment): its {@code kind} is the timeline's ({@link IssueEvent#KINDS}); {@code
 * visibleToPartner} false for what only the service sees (an internal note), so that nothing about
 * it reaches a partner.
 */
public record IssueChanged(
    long issueId,
    String number,
    long partnerId,
    String assignee,
    String kind,
    boolean visibleToPartner,
    String actor) {}
