package org.channelport.lead.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.channelport.customer.CustomerKeys;
import org.channelport.lead.LeadDetails;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadSource;
import org.channelport.platform.Locks;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * Channel managers import leads from a CSV file. Every row is checked first, with the same rules as
 * a lead entered by hand; rows that repeat a lead already imported (same company, e-mail, need and
 * category) are reported and skipped, so uploading a file twice does not double the pool. The
 * import itself is one transaction: all rows, or with {@code validOnly} the valid ones, or nothing.
 */
@ApplicationScoped
@Transactional
public class LeadImport {
  public static final int MAX_ROWS = 10_000;
  public static final int MAX_PROBLEMS = 1_000;
  private static final int KEYS_PER_QUERY = 500;
  private static final int FLUSH_EVERY = 200;

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject LeadService leads;
  @Inject Locks locks;
  @Inject CategoryCodes categories;

  /** Reads and checks a whole file; changes nothing. */
  public ImportReport check(InputStream csv) {
    access.require(Role.CHANNEL_MANAGER);
    return process(csv, null, false, MAX_PROBLEMS);
  }

  /** Every invalid or duplicate row of the file, for the downloadable error report. */
  public List<ImportReport.RowProblem> allProblems(InputStream csv) {
    access.require(Role.CHANNEL_MANAGER);
    return process(csv, null, false, Integer.MAX_VALUE).problems();
  }

  /**
   * Imports the file's new valid rows into the pool when every row is valid, or when {@code
   * validOnly} is set; otherwise imports nothing and answers the report.
   */
  public ImportReport importFile(InputStream csv, boolean validOnly) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    return process(csv, caller.username(), validOnly, MAX_PROBLEMS);
  }

  record Checked(ImportRow row, LeadDetails details, List<FieldError> errors) {}

  private ImportReport process(InputStream csv, String actor, boolean validOnly, int maxProblems) {
    List<FieldError> warnings;
    List<Checked> checked = new ArrayList<>();
    CategoryCodes codes = CategoryCodes.of(categories.all()); // one query for the whole file
    try (LeadCsvReader reader = new LeadCsvReader(csv)) {
      warnings = reader.warnings();
      for (ImportRow row = reader.next(); row != null; row = reader.next()) {
        if (checked.size() == MAX_ROWS) {
          throw new LeadFileException("import.file.tooManyRows", MAX_ROWS);
        }
        checked.add(check(row, codes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (checked.isEmpty()) {
      throw new LeadFileException("import.file.noRows");
    }
    if (actor != null) {
      // imports one at a time, so a file imported twice at once is still imported once
      locks.named("lead_import");
    }
    Set<String> known = alreadyImported(checked);
    Set<String> seen = new HashSet<>();
    List<ImportReport.RowProblem> problems = new ArrayList<>();
    List<LeadDetails> fresh = new ArrayList<>();
    int invalid = 0;
    int duplicates = 0;
    for (Checked c : checked) {
      if (c.details() == null) {
        invalid++;
        addProblem(problems, maxProblems, c, false, c.errors());
      } else if (known.contains(fingerprint(c.details())) || !seen.add(fingerprint(c.details()))) {
        duplicates++;
        addProblem(
            problems, maxProblems, c, true, List.of(new FieldError("row", "import.row.duplicate")));
      } else {
        fresh.add(c.details());
      }
    }
    int imported = 0;
    if (actor != null && (invalid == 0 || validOnly)) {
      for (LeadDetails details : fresh) {
        leads.createLead(details, LeadSource.IMPORT, actor);
        if (++imported % FLUSH_EVERY == 0) {
          em.flush();
          em.clear();
        }
      }
      em.flush();
    }
    return new ImportReport(
        checked.size(), fresh.size(), invalid, duplicates, imported, warnings, problems);
  }

  private static void addProblem(
      List<ImportReport.RowProblem> problems,
      int max,
      Checked c,
      boolean duplicate,
      List<FieldError> errors) {
    if (problems.size() < max) {
      problems.add(
          new ImportReport.RowProblem(
              c.row().line(), Checks.clean(c.row().input().company()), duplicate, errors));
    }
  }

  /** The same rules as a lead entered by hand, plus what the reader could not read. */
  static Checked check(ImportRow row, CategoryCodes categories) {
    Checks checks = new Checks();
    row.readErrors().forEach(e -> checks.add(e.field(), e.messageKey(), e.args()));
    try {
      return new Checked(row, row.input().validate(checks, categories), List.of());
    } catch (InvalidInputException e) {
      return new Checked(row, null, e.errors());
    }
  }

  /** What makes two imported rows the same lead. */
  static String fingerprint(LeadDetails d) {
    return String.join(
        "\u0000",
        CustomerKeys.companyKey(d.company()),
        Objects.toString(CustomerKeys.email(d.email()), ""),
        Objects.toString(d.need(), ""),
        Objects.toString(d.category(), ""));
  }

  /** Fingerprints of leads imported before whose company matches a row of this file. */
  private Set<String> alreadyImported(List<Checked> rows) {
    List<String> keys =
        rows.stream()
            .filter(c -> c.details() != null)
            .map(c -> CustomerKeys.companyKey(c.details().company()))
            .distinct()
            .toList();
    Set<String> known = new HashSet<>();
    for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
      List<Object[]> found =
          em.createQuery(
                  "SELECT l.company, l.email, l.need, l.category FROM Lead l"
                      + " WHERE l.source = :source AND l.companyKey IN :keys",
                  Object[].class)
              .setParameter("source", LeadSource.IMPORT)
              .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY)))
              .getResultList();
      for (Object[] f : found) {
        known.add(
            fingerprint(
                new LeadDetails(
                    (String) f[0],
                    null,
                    (String) f[1],
                    null,
                    null,
                    null,
                    null,
                    (String) f[2],
                    (String) f[3],
                    null,
                    null,
                    null,
                    null)));
      }
    }
    return known;
  }
}
