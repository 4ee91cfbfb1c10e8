package org.channelport.order;

import java.io.Serializable;

/** Which steps a caller may take on an order now: the pages' buttons (the service decides). */
public record OrderActions(
    boolean edit,
    boolean submit,
    boolean approve,
    boolean sendBack,
    boolean cancel,
    boolean reorder)
    implements Serializable {
  public boolean isEdit() {
    return edit;
  }

  public boolean isSubmit() {
    return submit;
  }

  public boolean isApprove() {
    return approve;
  }

  public boolean isSendBack() {
    return sendBack;
  }

  public boolean isCancel() {
    return cancel;
  }

  public boolean isReorder() {
    return reorder;
  }
}
