package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.Checks;
import org.channelport.shared.Messages;
import org.channelport.shared.RecordNotFoundException;

/**
 * Fund programs: channel managers create them (the budget is posted funding → budget), everyone
 * signed in reads them (partners pick one to request from). Also the activity types' proof rules.
 */
@ApplicationScoped
@Transactional
public class MdfPrograms {
  static final String DEFAULT_GL = "6400";
  private static final Pattern PERIOD = Pattern.compile("[0-9A-Za-z][0-9A-Za-z ._/-]{0,19}");
  private static final Pattern GL = Pattern.compile("[0-9A-Za-z.-]{1,20}");

  EntityManager em;
  AccessRules access;
  Clock clock;
  MdfLedger ledger;

  /** For the container's proxies. */
  protected MdfPrograms() {}

  @Inject
  public MdfPrograms(EntityManager em, AccessRules access, Clock clock, MdfLedger ledger) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.ledger = ledger;
  }

  /** Creates a program (channel managers); its budget is posted from funding to budget. */
  public ProgramView create(ProgramInput input) {
    access.require(Role.CHANNEL_MANAGER);
    ProgramInput in = checked(input);
    MdfProgram program = new MdfProgram(in, access.caller().username(), clock.now());
    em.persist(program);
    em.flush();
    ledger.openProgramAccounts(program);
    if (program.getBudget().signum() > 0) {
      ledger.post(
          new MdfLedger.Move(
              ledger.programAccount(program.getId(), MdfAccountKind.FUNDING),
              ledger.programAccount(program.getId(), MdfAccountKind.BUDGET),
              program.getBudget(),
              MdfJournalEntry.FUNDING,
              program.getName(),
              null,
              null,
              "budget"));
    }
    return view(program);
  }

  private ProgramInput checked(ProgramInput input) {
    ProgramInput in = input == null ? empty() : input;
    String name = Checks.clean(in.name());
    String period = Checks.clean(in.period());
    String currency = Checks.clean(in.currency());
    String gl = Checks.clean(in.glCode());
    String method = Checks.clean(in.paymentMethod());
    Checks c =
        new Checks()
            .text("name", name, true, 200)
            .required("period", period)
            .matches("period", period, PERIOD, "error.mdf.format")
            .required("currency", currency)
            .matches("currency", currency, Pattern.compile("[A-Za-z]{3}"), "error.money.currency")
            .required("budget", in.budget())
            .required("startsOn", in.startsOn())
            .required("endsOn", in.endsOn())
            .required("requestDeadline", in.requestDeadline())
            .required("claimDeadline", in.claimDeadline())
            .required("reimbursementPct", in.reimbursementPct())
            .matches("glCode", gl, GL, "error.mdf.format");
    if (in.budget() != null && (in.budget().signum() < 0 || in.budget().scale() > 4)) {
      c.add("budget", "error.mdf.amountPositive");
    }
    pct(c, "reimbursementPct", in.reimbursementPct(), false);
    pct(c, "coopPct", in.coopPct(), true);
    if (in.overdraftLimit() != null && in.overdraftLimit().signum() < 0) {
      c.add("overdraftLimit", "error.mdf.amountPositive");
    }
    order(c, "endsOn", in.startsOn(), in.endsOn());
    order(c, "requestDeadline", in.startsOn(), in.requestDeadline());
    order(c, "claimDeadline", in.requestDeadline(), in.claimDeadline());
    if (method != null && !List.of("credit_note", "transfer").contains(method)) {
      c.add("paymentMethod", "error.mdf.paymentMethod");
    }
    if (in.activityTypes() == null || in.activityTypes().isEmpty()) {
      c.add("activityTypes", "error.required");
    } else if (in.activityTypes().contains(null)) {
      c.add("activityTypes", "error.mdf.activityType", activityCodes());
    }
    if (name != null
        && !em.createQuery("SELECT p.id FROM MdfProgram p WHERE p.name = :n", Long.class)
            .setParameter("n", name)
            .getResultList()
            .isEmpty()) {
      c.add("name", "error.mdf.programName", name);
    }
    c.throwIfAny();
    return new ProgramInput(
        name,
        period,
        currency.toUpperCase(Locale.ROOT),
        in.budget(),
        in.startsOn(),
        in.endsOn(),
        in.requestDeadline(),
        in.claimDeadline(),
        in.reimbursementPct(),
        in.coopPct(),
        in.overdraftLimit(),
        gl == null ? DEFAULT_GL : gl,
        method == null ? "credit_note" : method,
        EnumSet.copyOf(in.activityTypes()));
  }

  /** All activity type codes, comma-separated (for messages). */
  static String activityCodes() {
    return Stream.of(MdfActivityType.values())
        .map(MdfActivityType::code)
        .collect(Collectors.joining(", "));
  }

  private static ProgramInput empty() {
    return new ProgramInput(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static void pct(Checks c, String field, BigDecimal value, boolean zeroAllowed) {
    if (value != null
        && (value.compareTo(BigDecimal.valueOf(100)) > 0
            || value.signum() < 0
            || (!zeroAllowed && value.signum() == 0))) {
      c.add(field, "error.mdf.percent", zeroAllowed ? 0 : 1);
    }
  }

  private static void order(Checks c, String field, LocalDate before, LocalDate after) {
    if (before != null && after != null && after.isBefore(before)) {
      c.add(field, "error.mdf.dateOrder", before.toString());
    }
  }

  /** Every program, the newest period first (there are few). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProgramView> list() {
    access.requireUser();
    List<ProgramView> views = new ArrayList<>();
    for (MdfProgram p :
        em.createQuery(
                "SELECT p FROM MdfProgram p ORDER BY p.startsOn DESC, p.id DESC", MdfProgram.class)
            .getResultList()) {
      views.add(view(p));
    }
    return views;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProgramView find(long id) {
    access.requireUser();
    return view(program(id));
  }

  /** The program entity, for the capability's services (no access rule: programs are open). */
  public MdfProgram program(Long id) {
    MdfProgram p = id == null ? null : em.find(MdfProgram.class, id);
    if (p == null) {
      throw new RecordNotFoundException(MdfProgram.TYPE, id);
    }
    return p;
  }

  ProgramView view(MdfProgram p) {
    return new ProgramView(
        p.getId(),
        p.getName(),
        p.getPeriod(),
        p.getCurrency(),
        p.getBudget(),
        ledger.balance(ledger.programAccount(p.getId(), MdfAccountKind.BUDGET)),
        p.getStartsOn(),
        p.getEndsOn(),
        p.getRequestDeadline(),
        p.getClaimDeadline(),
        p.getReimbursementPct(),
        p.getCoopPct(),
        p.getOverdraftLimit(),
        p.getGlCode(),
        p.getPaymentMethod(),
        List.copyOf(p.getActivityTypes()),
        p.getVersion());
  }

  /** Now, by the portal's clock. */
  public java.time.Instant now() {
    return clock.now();
  }

  /** Today, as the ledger's dates count (UTC). */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  // --- proof rules -------------------------------------------------------------------------

  /** The proof checklist of an activity type, in a fixed order (required first). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProofRuleView> proofRules(MdfActivityType type) {
    List<ProofRuleView> rules = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT proof_kind, required, label_key FROM mdf_proof_rule WHERE activity_type = ?"
                    + " ORDER BY required DESC, proof_kind")
            .setParameter(1, type.code())
            .getResultList()) {
      Object[] r = (Object[]) row;
      MdfProofKind kind = MdfProofKind.parse((String) r[0]).orElseThrow();
      String key = (String) r[2];
      rules.add(new ProofRuleView(type, kind, truthy(r[1]), key, Messages.english(key)));
    }
    return rules;
  }

  static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
