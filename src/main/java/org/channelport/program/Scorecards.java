package org.channelport.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.Clock;

/**
 * Computes and keeps each partner's scorecard of the day. No caller and no access rule: {@link
 * ProgramService} checks the partner before it asks, the daily job ({@link ScorecardJob}) works for
 * nobody in particular.
 */
@ApplicationScoped
@Transactional
public class Scorecards {
  @Inject ProgramFigures figures;
  @Inject Clock clock;

  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  /** Today's scorecard: the stored one, or computed now when there is none of today's tier yet. */
  public Scorecard current(long partnerId, PartnerTier tier) {
    LocalDate today = today();
    Optional<Scorecard> stored = figures.stored(partnerId, today);
    if (stored.isPresent() && stored.get().tier() == tier) {
      return stored.get();
    }
    return recompute(partnerId, tier, today);
  }

  /** Computes the partner's scorecard of {@code today} from its figures and keeps it. */
  public Scorecard recompute(long partnerId, PartnerTier tier, LocalDate today) {
    Scorecard card =
        ScorecardRules.evaluate(
            partnerId, tier, figures.requirements(), figures.actuals(partnerId, today), today);
    figures.store(card, clock.now());
    return card;
  }

  /** For the job: the partner's scorecard of {@code today}; false if the partner is gone. */
  public boolean recompute(long partnerId, LocalDate today) {
    Optional<PartnerTier> tier = figures.tierOf(partnerId);
    tier.ifPresent(t -> recompute(partnerId, t, today));
    return tier.isPresent();
  }
}
