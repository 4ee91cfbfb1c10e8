package org.channelport.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.audit.AuditEntry;
import org.channelport.audit.AuditLog;
import org.channelport.platform.web.ServiceLazyModel;

@Named
@ViewScoped
public class AuditBean implements Serializable {
  @Inject AuditLog auditLog;

  private ServiceLazyModel<AuditEntry> entries;

  @PostConstruct
  void init() {
    entries = ServiceLazyModel.of(auditLog::count, auditLog::rows, AuditEntry::getId);
  }

  public ServiceLazyModel<AuditEntry> getEntries() {
    return entries;
  }
}
