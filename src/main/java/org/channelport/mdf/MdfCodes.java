package org.channelport.mdf;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * The MDF tables keep their codes as the API writes them (lower case: {@code submitted}, {@code
 * trade_show}); these converters map the enums to them. Each names its types itself: EclipseLink
 * reads a converter's column type from its own declaration (a generic base makes it guess wrong).
 */
public final class MdfCodes {
  private MdfCodes() {}

  static String code(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
  }

  @Converter
  public static class AccountKinds implements AttributeConverter<MdfAccountKind, String> {
    public AccountKinds() {}

    @Override
    public String convertToDatabaseColumn(MdfAccountKind value) {
      return code(value);
    }

    @Override
    public MdfAccountKind convertToEntityAttribute(String code) {
      return parse(MdfAccountKind.class, code);
    }
  }

  @Converter
  public static class ActivityTypes implements AttributeConverter<MdfActivityType, String> {
    public ActivityTypes() {}

    @Override
    public String convertToDatabaseColumn(MdfActivityType value) {
      return code(value);
    }

    @Override
    public MdfActivityType convertToEntityAttribute(String code) {
      return parse(MdfActivityType.class, code);
    }
  }

  @Converter
  public static class ProofKinds implements AttributeConverter<MdfProofKind, String> {
    public ProofKinds() {}

    @Override
    public String convertToDatabaseColumn(MdfProofKind value) {
      return code(value);
    }

    @Override
    public MdfProofKind convertToEntityAttribute(String code) {
      return parse(MdfProofKind.class, code);
    }
  }

  @Converter
  public static class RequestStatuses implements AttributeConverter<MdfRequestStatus, String> {
    public RequestStatuses() {}

    @Override
    public String convertToDatabaseColumn(MdfRequestStatus value) {
      return code(value);
    }

    @Override
    public MdfRequestStatus convertToEntityAttribute(String code) {
      return parse(MdfRequestStatus.class, code);
    }
  }

  @Converter
  public static class ClaimStatuses implements AttributeConverter<MdfClaimStatus, String> {
    public ClaimStatuses() {}

    @Override
    public String convertToDatabaseColumn(MdfClaimStatus value) {
      return code(value);
    }

    @Override
    public MdfClaimStatus convertToEntityAttribute(String code) {
      return parse(MdfClaimStatus.class, code);
    }
  }
}
