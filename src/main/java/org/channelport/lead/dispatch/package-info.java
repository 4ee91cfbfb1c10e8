/**
 * Handing leads to partners: the rule ladder ({@link org.channelport.lead.dispatch.DispatchLadder},
 * {@link org.channelport.lead.dispatch.RuleDispatcher}), each partner's routing and territory
 * ({@link org.channelport.lead.dispatch.RoutingService}), the tier policy, the explanation written
 * with each dispatch, and the job that recalls leads not accepted in time. {@code web/} holds the
 * routing page and the bulk run. Part of the lead capability; reaches partners through {@code
 * PartnerService}.
 */
package org.channelport.lead.dispatch;
