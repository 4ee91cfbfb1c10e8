package org.channelport.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerTier;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.Checks;

/**
 * The partner program for its users: a partner's scorecard (its own for partner users, their
 * portfolio's for channel managers; any other partner is not found, and the attempt audited), the
 * portfolio's overview and its candidates for a tier change, and the confirmed change itself.
 */
@ApplicationScoped
@Transactional
public class ProgramService {
  @Inject AccessRules access;
  @Inject PartnerService partners;
  @Inject ProgramFigures figures;
  @Inject Scorecards scorecards;
  @Inject ProgramMails mails;

  /** One line of the channel manager's overview. */
  public record Row(long partnerId, String partnerName, long version, Scorecard scorecard)
      implements Serializable {}

  /** Today's scorecard of a partner the caller may see. */
  public Scorecard scorecard(long partnerId) {
    access.requireUser();
    return scorecards.current(partnerId, partners.tier(partnerId));
  }

  /** The benefits of every tier (the same for everyone who may see the program). */
  public Map<PartnerTier, TierBenefits> benefits() {
    access.requireUser();
    return figures.benefits();
  }

  /** The calling channel manager's partners with today's scorecards, by name. */
  public List<Row> overview() {
    access.require(Role.CHANNEL_MANAGER);
    List<Object> values = new ArrayList<>();
    String scope = access.visibleSql("p.id", values, false);
    List<Row> rows = new ArrayList<>();
    figures
        .partners(scope, values)
        .forEach(
            (id, name) ->
                rows.add(
                    new Row(
                        id,
                        name,
                        partners.version(id),
                        scorecards.current(id, partners.tier(id)))));
    return rows;
  }

  /** The partners of the overview that qualify for promotion or are due for demotion. */
  public List<Row> candidates() {
    return overview().stream()
        .filter(r -> r.scorecard().qualifiesForPromotion() || r.scorecard().dueForDemotion())
        .toList();
  }

  /**
   * Confirms a tier change (channel managers of the partner's portfolio): the partner's tier
   * changes with the reason (audited), its managers are told by mail, and today's scorecard is
   * computed anew for the new tier.
   */
  public Scorecard changeTier(long partnerId, String tier, String reason, Long version) {
    access.require(Role.CHANNEL_MANAGER);
    PartnerTier before = partners.changeTier(partnerId, tier, reason, version);
    PartnerTier after = partners.tier(partnerId);
    mails.tierChanged(partnerId, partners.name(partnerId), before, after, Checks.clean(reason));
    return scorecards.recompute(partnerId, after, scorecards.today());
  }
}
