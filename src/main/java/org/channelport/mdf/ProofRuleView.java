package org.channelport.mdf;

/** One line of an activity type's proof checklist, with its label in English. */
public record ProofRuleView(
    MdfActivityType activityType,
    MdfProofKind kind,
    boolean required,
    String labelKey,
    String label) {}
