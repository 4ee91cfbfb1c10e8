package org.channelport.erp;

import java.util.Arrays;
import java.util.Optional;

/** The error types alert mails are sent for, each with its own recipients. */
public enum AlertType {
  /** The selected ERP did not answer for longer than the configured minutes. */
  ERP_UNREACHABLE("erp_unreachable", "ERP unreachable"),
  /** The ERP refused messages: they are parked and need attention. */
  MESSAGE_REJECTED("message_rejected", "Messages rejected by the ERP"),
  /** Inbound messages from the ERP were invalid. */
  INBOUND_INVALID("inbound_invalid", "Invalid inbound messages from the ERP"),
  /** Polling the ERP fails. */
  POLL_FAILING("poll_failing", "Polling the ERP fails");

  private final String code;
  private final String title;

  AlertType(String code, String title) {
    this.code = code;
    this.title = title;
  }

  public String code() {
    return code;
  }

  /** The mail's subject line (mails go to operations staff, in English). */
  public String title() {
    return title;
  }

  public static Optional<AlertType> parse(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code)).findFirst();
  }
}
