package org.channelport.support;

import java.util.Optional;
import org.channelport.shared.Codes;

/** What kind of trouble an issue is about; routing rules pick the assignee by it. */
public enum IssueCategory {
  DEFECT,
  INSTALLATION,
  QUESTION,
  RETURN;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<IssueCategory> parse(String text) {
    return Codes.parse(IssueCategory.class, text);
  }
}
