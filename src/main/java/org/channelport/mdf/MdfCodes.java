package org.channelport.mdf;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * The MDF tables keep their codes as the API writes them (lower case: {@code submitted}, {@code
 * trade_show}); these converters map the enums to them.
 */
final class MdfCodes {
  private MdfCodes() {}

  abstract static class Lower<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;

    Lower(Class<E> type) {
      this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
      return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String code) {
      return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
  }

  @Converter
  static class AccountKinds extends Lower<MdfAccountKind> {
    AccountKinds() {
      super(MdfAccountKind.class);
    }
  }

  @Converter
  static class ActivityTypes extends Lower<MdfActivityType> {
    ActivityTypes() {
      super(MdfActivityType.class);
    }
  }

  @Converter
  static class ProofKinds extends Lower<MdfProofKind> {
    ProofKinds() {
      super(MdfProofKind.class);
    }
  }

  @Converter
  static class RequestStatuses extends Lower<MdfRequestStatus> {
    RequestStatuses() {
      super(MdfRequestStatus.class);
    }
  }

  @Converter
  static class ClaimStatuses extends Lower<MdfClaimStatus> {
    ClaimStatuses() {
      super(MdfClaimStatus.class);
    }
  }
}
