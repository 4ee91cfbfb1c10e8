package org.channelport.mdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The proof checklist of a claim, free of any database: the rules of its activity type, the kinds
 * of proof its files are, and what is still missing. A file whose kind the partner did not name
 * counts for the first required kind still missing (then {@code other}).
 */
public final class ProofRules {
  private ProofRules() {}

  /** The required rules not met by any of {@code present}, in the rules' order. */
  public static List<ProofRuleView> missing(
      List<ProofRuleView> rules, Collection<MdfProofKind> present) {
    Set<MdfProofKind> have =
        present.isEmpty() ? EnumSet.noneOf(MdfProofKind.class) : EnumSet.copyOf(present);
    List<ProofRuleView> missing = new ArrayList<>();
    for (ProofRuleView rule : rules) {
      if (rule.required() && !have.contains(rule.kind())) {
        missing.add(rule);
      }
    }
    return missing;
  }

  /**
   * The kinds of new files: the kind named for each (null: not named) or else the first required
   * kind still missing after those before it, or {@code other}.
   */
  public static List<MdfProofKind> kindsOf(
      List<ProofRuleView> rules, Collection<MdfProofKind> present, List<MdfProofKind> named) {
    List<MdfProofKind> have = new ArrayList<>(present);
    for (MdfProofKind k : named) {
      if (k != null) {
        have.add(k);
      }
    }
    List<MdfProofKind> kinds = new ArrayList<>();
    for (MdfProofKind k : named) {
      MdfProofKind kind = k;
      if (kind == null) {
        List<ProofRuleView> open = missing(rules, have);
        kind = open.isEmpty() ? MdfProofKind.OTHER : open.get(0).kind();
        have.add(kind);
      }
      kinds.add(kind);
    }
    return kinds;
  }
}
