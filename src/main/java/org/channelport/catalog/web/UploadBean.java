package org.channelport.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.catalog.CatalogUpload;
import org.channelport.catalog.CatalogUploads;
import org.channelport.catalog.UploadError;
import org.channelport.catalog.UploadErrorReport;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * The catalog upload page: choose a file and options, watch the job's progress bar, read the report
 * (bad rows with line and reason, downloadable as CSV), apply the valid rows if wanted.
 */
@Named
@ViewScoped
public class UploadBean implements Serializable {
  @Inject CatalogUploads uploads;

  private transient UploadedFile file;
  private boolean applyValidRows;
  private boolean deactivateMissing;
  private Long id;
  private CatalogUpload upload;
  private ErrorModel errors;

  @PostConstruct
  void init() {
    errors = new ErrorModel(uploads, this);
  }

  /** From ?id= : show that upload. */
  public void load() {
    if (id != null) {
      upload = uploads.find(id);
    }
  }

  public String submit() {
    if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
      FacesMessages.error("catalog.file.missing");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      CatalogUpload received =
          uploads.receive(
              in, file.getFileName(), file.getContentType(), applyValidRows, deactivateMissing);
      return "/channel/catalog-upload?faces-redirect=true&id=" + received.getId();
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> FacesMessages.error(err.messageKey(), err.args()));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polled while the job runs. */
  public void refresh() {
    if (id != null) {
      upload = uploads.find(id);
    }
  }

  public void applyValid() {
    try {
      upload = uploads.applyValidRows(id);
    } catch (DomainException e) {
      FacesMessages.error(e.messageKey());
    }
  }

  public void downloadErrors() throws IOException {
    List<UploadError> all = uploads.errors(id, 0, Integer.MAX_VALUE);
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    CatalogBean.download(
        "upload-" + id + "-errors.csv",
        "text/csv; charset=UTF-8",
        out -> UploadErrorReport.write(all.stream(), locale, out));
  }

  public String message() {
    return upload == null
        ? null
        : upload.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String reason(UploadError error) {
    return error.reason(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<CatalogUpload> getRecent() {
    return uploads.recent(10);
  }

  public long getMaxUploadMb() {
    return uploads.maxUploadMb();
  }

  public long getMaxUploadBytes() {
    return uploads.maxUploadMb() * 1024 * 1024;
  }

  public boolean isRunning() {
    return upload != null && upload.isRunning();
  }

  /** The error table, a page at a time. */
  public static class ErrorModel extends LazyDataModel<UploadError> {
    private final CatalogUploads uploads;
    private final UploadBean bean;

    ErrorModel(CatalogUploads uploads, UploadBean bean) {
      this.uploads = uploads;
      this.bean = bean;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      CatalogUpload u = bean.upload;
      return u == null || u.getErrorRows() == 0 ? 0 : bean.storedErrors();
    }

    @Override
    public List<UploadError> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return bean.id == null ? List.of() : uploads.errors(bean.id, first, pageSize);
    }

    @Override
    public String getRowKey(UploadError row) {
      return String.valueOf(row.getSeq());
    }
  }

  int storedErrors() {
    return (int) uploads.storedErrorCount(id);
  }

  public ErrorModel getErrors() {
    return errors;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isApplyValidRows() {
    return applyValidRows;
  }

  public void setApplyValidRows(boolean applyValidRows) {
    this.applyValidRows = applyValidRows;
  }

  public boolean isDeactivateMissing() {
    return deactivateMissing;
  }

  public void setDeactivateMissing(boolean deactivateMissing) {
    this.deactivateMissing = deactivateMissing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CatalogUpload getUpload() {
    return upload;
  }
}
