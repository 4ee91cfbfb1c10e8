package org.channelport.mdf;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * The kinds of accounts money sits in. Program level: {@link #FUNDING} (the program's source, the
 * only account without a floor) and {@link #BUDGET} (what is not allocated yet). Per partner:
 * {@link #ALLOCATION} (available), {@link #RESERVED} (approved requests not yet claimed), {@link
 * #PAYABLE}, {@link #PAID}, {@link #FORFEITED}.
 */
public enum MdfAccountKind {
  BUDGET,
  ALLOCATION,
  RESERVED,
  PAYABLE,
  PAID,
  FORFEITED,
  FUNDING;

  /** Whether the account belongs to a partner (not to the program itself). */
  public boolean partnerOwned() {
    return this != BUDGET && this != FUNDING;
  }

  /** The kinds every partner of a program has, in the order they are created. */
  public static final java.util.List<MdfAccountKind> PARTNER_KINDS =
      java.util.List.of(ALLOCATION, RESERVED, PAYABLE, PAID, FORFEITED);

  public String code() {
    return Codes.of(this);
  }

  public static Optional<MdfAccountKind> parse(String code) {
    return Codes.parse(MdfAccountKind.class, code);
  }
}
