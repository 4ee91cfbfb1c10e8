-- The partner program (issue 14): what each tier requires, who is certified, and each partner's
-- daily scorecard. The benefits of a tier are kept where they already work: the discount in
-- tier_discount (price lists), the dispatch weight and the acceptance SLA in tier_policy (lead
-- dispatch); only the MDF percentage is new here.

-- A tier's requirements: one threshold per metric (order_revenue in EUR over the last 12 months,
-- won_leads, approved_deals, certified_employees, service_sla in percent).
CREATE TABLE program_requirement (
  tier      VARCHAR(16)   NOT NULL,
  metric    VARCHAR(32)   NOT NULL,
  threshold DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (tier, metric),
  CONSTRAINT ck_program_requirement_tier CHECK (tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  CONSTRAINT ck_program_requirement_metric CHECK (metric IN
    ('ORDER_REVENUE', 'WON_LEADS', 'APPROVED_DEALS', 'CERTIFIED_EMPLOYEES', 'SERVICE_SLA')),
  CONSTRAINT ck_program_requirement_threshold CHECK (threshold > 0)
) ENGINE = InnoDB;

-- The benefit the other capabilities do not keep yet: the share of the MDF a tier may expect.
CREATE TABLE program_tier_benefit (
  tier    VARCHAR(16)  NOT NULL PRIMARY KEY,
  mdf_pct DECIMAL(5,2) NOT NULL,
  CONSTRAINT ck_program_benefit_tier CHECK (tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  CONSTRAINT ck_program_benefit_mdf CHECK (mdf_pct >= 0 AND mdf_pct <= 100)
) ENGINE = InnoDB;

INSERT INTO program_tier_benefit (tier, mdf_pct) VALUES
  ('REGISTERED', 0), ('SILVER', 5), ('GOLD', 10), ('PLATINUM', 15);

-- A certification of one partner user; valid from issued_on to expires_on (NULL: no end).
CREATE TABLE partner_certification (
  id         BIGINT       NOT NULL PRIMARY KEY,
  partner_id BIGINT       NOT NULL,
  username   VARCHAR(100) NOT NULL,
  name       VARCHAR(200) NOT NULL,
  issued_on  DATE         NOT NULL,
  expires_on DATE         NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_certification_dates CHECK (expires_on IS NULL OR expires_on >= issued_on),
  CONSTRAINT fk_certification_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certification_partner ON partner_certification (partner_id, expires_on, username);

INSERT INTO id_generator (name, next_val) VALUES ('partner_certification', 1000);

-- One scorecard per partner and day; requirements is a JSON array of
-- {metric, tier, actual, threshold, met, percent} for the current and the next tier.
CREATE TABLE partner_scorecard (
  partner_id        BIGINT      NOT NULL,
  day               DATE        NOT NULL,
  tier              VARCHAR(16) NOT NULL,
  next_tier         VARCHAR(16) NULL,
  requirements      TEXT        NOT NULL,
  forecast_date     DATE        NULL,
  percent_complete  DECIMAL(5,1) NOT NULL,
  qualifies         BOOLEAN     NOT NULL,
  due_for_demotion  BOOLEAN     NOT NULL,
  computed_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (partner_id, day),
  CONSTRAINT fk_scorecard_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB;

CREATE INDEX ix_scorecard_day ON partner_scorecard (day, partner_id);

-- Why a partner's tier was last changed (the audit log keeps every change with its reason).
ALTER TABLE partner ADD COLUMN tier_reason VARCHAR(500) NULL;

-- The metrics read a partner's last 12 months by these.
-- (sales_order (partner_id, order_date) is ix_order_partner_date of V38, the analytics roll-ups)
CREATE INDEX ix_lead_partner_closed ON sales_lead (partner_id, status, closed_at);
CREATE INDEX ix_deal_registration_decided ON deal_registration (partner_id, status, decided_at);
CREATE INDEX ix_issue_partner_resolved ON service_issue (partner_id, resolved_at);
