package org.channelport.partner;

public enum ApplicationStatus {
  SUBMITTED,
  APPROVED,
  REJECTED
}
