-- Indexes of rule dispatch, the recall job and the partner's lead inbox.

-- open leads per partner (the capacity filter and the least-loaded pick): a range over the open
-- statuses that holds partner_id, instead of a walk over every lead
CREATE INDEX ix_lead_status_partner ON sales_lead (status, partner_id);
-- a partner's inbox of dispatched leads, soonest deadline first: rows and count on one index
CREATE INDEX ix_lead_partner_status_due ON sales_lead (partner_id, status, accept_due_at, id);
-- recent acceptance rate of every partner at once (ACCEPTED vs REJECTED + RECALLED, 90 days)
CREATE INDEX ix_lead_event_type_at_partner ON lead_event (type, at, partner_id);
