package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.channelport.platform.files.FilePurpose;
import org.channelport.platform.files.FileTypes;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.config.Config;

/**
 * What a claim's proof files may be: PDFs (invoices), images (photos, screenshots), plain text or
 * CSV and spreadsheets or zip archives (attendee lists), recognised by their bytes, with a name
 * that agrees. At most {@code mdf.proof-max-files} files per upload (default 10) of {@code
 * mdf.proof-max-kb} each (default 10240); more or larger is 413, nothing stored.
 */
@ApplicationScoped
public class MdfProofFiles {
  /** The multipart part proof files come in. */
  public static final String FIELD = "proof";

  static final Set<String> TYPES =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "text/plain",
          "application/zip");

  Config config;

  /** For the container's proxies. */
  protected MdfProofFiles() {}

  @Inject
  public MdfProofFiles(Config config) {
    this.config = config;
  }

  public record Limits(int maxBytes, int maxFiles) {}

  public Limits limits() {
    int kb = config.getOptionalValue("mdf.proof-max-kb", Integer.class).orElse(10_240);
    int files = config.getOptionalValue("mdf.proof-max-files", Integer.class).orElse(10);
    return new Limits(kb * 1024, files);
  }

  public FilePurpose purpose() {
    return new FilePurpose("mdf-proof", FIELD, TYPES, limits().maxBytes());
  }

  /** A file that passed: its upload and the type its bytes are. */
  public record Checked(ProofUpload upload, String mediaType) {}

  /** Checks every file before any is kept (413 for too many or too large, 400 naming the file). */
  public List<Checked> check(List<ProofUpload> files) {
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    Limits limits = limits();
    if (files.size() > limits.maxFiles()) {
      throw new TooLarge("error.mdf.tooManyFiles", limits.maxFiles());
    }
    for (ProofUpload f : files) {
      if (f.bytes().length > limits.maxBytes()) {
        throw new TooLarge("error.mdf.fileSize", limits.maxBytes() / 1024);
      }
    }
    FilePurpose purpose = purpose();
    List<FieldError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    for (ProofUpload f : files) {
      String type = purpose.recognise(f.bytes());
      String name = printable(f.name());
      if (f.bytes().length == 0) {
        errors.add(new FieldError(FIELD, "error.mdf.fileEmpty", name));
      } else if (type == null) {
        errors.add(
            new FieldError(
                FIELD,
                "error.mdf.fileType",
                name,
                String.join(", ", TYPES.stream().sorted().toList())));
      } else if (!FileTypes.nameAgrees(f.name(), f.bytes())) {
        errors.add(
            new FieldError(FIELD, "error.mdf.fileNameLies", name, FileTypes.detect(f.bytes())));
      } else {
        checked.add(new Checked(f, type));
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
