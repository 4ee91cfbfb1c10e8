package org.channelport.lead.importing;

import java.util.List;
import org.channelport.shared.FieldError;

/**
 * What a lead file holds and what became of it: rows read, valid, invalid, duplicates of leads
 * already imported (or of an earlier row of the same file), leads imported. {@code problems} lists
 * the first {@link LeadImport#MAX_PROBLEMS} invalid or duplicate rows; the counts are exact.
 */
public record ImportReport(
    int rows,
    int valid,
    int invalid,
    int duplicates,
    int imported,
    List<FieldError> warnings,
    List<RowProblem> problems) {

  public ImportReport {
    warnings = List.copyOf(warnings);
    problems = List.copyOf(problems);
  }

  /** A row that was not (or would not be) imported, with every reason. */
  public record RowProblem(long line, String company, boolean duplicate, List<FieldError> errors) {
    public RowProblem {
      errors = List.copyOf(errors);
    }
  }

  /** Valid rows that are new: what an import would create. */
  public int importable() {
    return valid;
  }

  public boolean allValid() {
    return invalid == 0;
  }
}
