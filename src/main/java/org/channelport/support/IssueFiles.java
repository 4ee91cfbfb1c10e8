package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.channelport.platform.files.FilePurpose;
import org.channelport.platform.files.FileTypes;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * What an issue's files may be: photos, PDFs, text logs and archives, recognised by their bytes —
 * and a name whose type says otherwise (a script named photo.png, a PNG named notes.txt) is refused
 * too. At most {@code support.attachment-max-files} files of {@code support.attachment-max-bytes}
 * each; larger is 413, nothing stored.
 */
@ApplicationScoped
public class IssueFiles {
  /** The form field (and multipart part) files come in. */
  public static final String FIELD = "file";

  static final Set<String> TYPES =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/pdf",
          "text/plain",
          "application/zip",
          "application/gzip");

  IssuesConfig config;

  /** For the container's proxies. */
  protected IssueFiles() {}

  @Inject
  public IssueFiles(@ConfigProperties IssuesConfig config) {
    this.config = config;
  }

  /** The limits a client must stay within. */
  public record Limits(int maxBytes, int maxFiles) {}

  /** A file that passed: its client name, bytes and the type recognised from them. */
  public record Checked(String name, byte[] bytes, String mediaType) {}

  public Limits limits() {
    return new Limits(config.attachmentMaxBytes, config.attachmentMaxFiles);
  }

  /** The platform's purpose of issue attachments (its default limit is this one). */
  public FilePurpose purpose() {
    return new FilePurpose("service-issue-attachment", FIELD, TYPES, config.attachmentMaxBytes);
  }

  /**
   * Checks every file before any is kept: how many, how large (413), the type of the bytes and
   * whether the name agrees with it (400 naming the file).
   */
  public List<Checked> check(List<IssueFile> files) {
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    if (files.size() > config.attachmentMaxFiles) {
      throw new TooLarge("error.issue.tooManyFiles", config.attachmentMaxFiles);
    }
    for (IssueFile f : files) {
      if (f.bytes().length > config.attachmentMaxBytes) {
        throw new TooLarge("error.issue.fileSize", config.attachmentMaxBytes / 1024);
      }
    }
    FilePurpose purpose = purpose();
    List<FieldError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    for (IssueFile f : files) {
      String type = purpose.recognise(f.bytes());
      if (f.bytes().length == 0) {
        errors.add(new FieldError(FIELD, "error.issue.fileEmpty", printable(f.name())));
      } else if (type == null) {
        errors.add(
            new FieldError(
                FIELD,
                "error.issue.fileType",
                printable(f.name()),
                String.join(", ", TYPES.stream().sorted().toList())));
      } else if (!FileTypes.nameAgrees(f.name(), f.bytes())) {
        errors.add(
            new FieldError(
                FIELD,
                "error.issue.fileNameLies",
                printable(f.name()),
                FileTypes.detect(f.bytes())));
      } else {
        checked.add(new Checked(f.name(), f.bytes(), type));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return checked;
  }

  private static String printable(String name) {
    if (name == null) {
      return "?";
    }
    String clean = name.replaceAll("[\\p{Cc}\\p{Cf}]", "");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }

  /** Too many or too large files: 413, nothing was stored. */
  public static class TooLarge extends InvalidInputException {
    public TooLarge(String messageKey, Object... args) {
      super(List.of(new FieldError(FIELD, messageKey, args)));
    }

    @Override
    public Kind kind() {
      return Kind.TOO_LARGE;
    }
  }
}
