-- Daily roll-ups for the dashboards and the analytics API: one row per partner and day (UTC) and,
-- for rankings and medians, per customer, product, MDF program and duration bucket. They are kept by
-- the leased job analytics-rollup, which recomputes every partner-day touched since its watermark
-- from the raw tables (so an event counts once and a correction replaces what it corrected), and
-- rebuilds everything once a night. Amounts are EUR; counts include every currency.

CREATE TABLE analytics_partner_day (
  partner_id               BIGINT        NOT NULL,
  day                      DATE          NOT NULL,
  leads_dispatched         INT           NOT NULL DEFAULT 0,
  leads_accepted           INT           NOT NULL DEFAULT 0,
  leads_rejected           INT           NOT NULL DEFAULT 0,
  leads_recalled           INT           NOT NULL DEFAULT 0,
  leads_won                INT           NOT NULL DEFAULT 0,
  leads_lost               INT           NOT NULL DEFAULT 0,
  won_value                DECIMAL(19,4) NOT NULL DEFAULT 0,
  campaign_won_value       DECIMAL(19,4) NOT NULL DEFAULT 0,
  deals_submitted          INT           NOT NULL DEFAULT 0,
  deals_conflict           INT           NOT NULL DEFAULT 0,
  deals_decided            INT           NOT NULL DEFAULT 0,
  deals_approved           INT           NOT NULL DEFAULT 0,
  orders                   INT           NOT NULL DEFAULT 0,
  order_revenue            DECIMAL(19,4) NOT NULL DEFAULT 0,
  campaign_revenue         DECIMAL(19,4) NOT NULL DEFAULT 0,
  orders_backordered       INT           NOT NULL DEFAULT 0,
  orders_shipped           INT           NOT NULL DEFAULT 0,
  mdf_allocated            DECIMAL(19,4) NOT NULL DEFAULT 0,
  mdf_reserved             DECIMAL(19,4) NOT NULL DEFAULT 0,
  mdf_paid                 DECIMAL(19,4) NOT NULL DEFAULT 0,
  mdf_forfeited            DECIMAL(19,4) NOT NULL DEFAULT 0,
  claims_paid              INT           NOT NULL DEFAULT 0,
  issues_opened            INT           NOT NULL DEFAULT 0,
  issues_solved            INT           NOT NULL DEFAULT 0,
  issues_solved_by_solution INT          NOT NULL DEFAULT 0,
  deflections              INT           NOT NULL DEFAULT 0,
  first_response_measured  INT           NOT NULL DEFAULT 0,
  first_response_met       INT           NOT NULL DEFAULT 0,
  resolution_measured      INT           NOT NULL DEFAULT 0,
  resolution_met           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (partner_id, day),
  INDEX ix_analytics_partner_day_day (day, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How long things took, as a histogram of 15-minute buckets (for medians): accept (dispatch to
-- acceptance, on the acceptance's day), deal_decision (submitted to decided, on the decision's day),
-- order_ship (submitted to first shipment, on the order's day), claim_cycle (submitted to paid).
CREATE TABLE analytics_duration_day (
  partner_id     BIGINT      NOT NULL,
  day            DATE        NOT NULL,
  metric         VARCHAR(16) NOT NULL,
  bucket_minutes INT         NOT NULL,
  n              INT         NOT NULL,
  PRIMARY KEY (partner_id, day, metric, bucket_minutes),
  INDEX ix_analytics_duration_day (metric, day, partner_id),
  -- a median over a portfolio: each partner's rows of the one metric, read from the index alone
  -- (through the primary key a median read every metric of the partner, on every day)
  INDEX ix_analytics_duration_partner_metric (partner_id, metric, day, bucket_minutes, n)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analytics_customer_day (
  partner_id    BIGINT        NOT NULL,
  day           DATE          NOT NULL,
  customer_id   BIGINT        NOT NULL,
  orders        INT           NOT NULL DEFAULT 0,
  order_revenue DECIMAL(19,4) NOT NULL DEFAULT 0,
  leads_won     INT           NOT NULL DEFAULT 0,
  won_value     DECIMAL(19,4) NOT NULL DEFAULT 0,
  PRIMARY KEY (partner_id, day, customer_id),
  INDEX ix_analytics_customer_day (day, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analytics_product_day (
  partner_id BIGINT        NOT NULL,
  day        DATE          NOT NULL,
  sku        VARCHAR(64)   NOT NULL,
  quantity   BIGINT        NOT NULL DEFAULT 0,
  revenue    DECIMAL(19,4) NOT NULL DEFAULT 0,
  issues     INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (partner_id, day, sku),
  INDEX ix_analytics_product_day (day, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analytics_mdf_day (
  partner_id BIGINT        NOT NULL,
  day        DATE          NOT NULL,
  program_id BIGINT        NOT NULL,
  allocated  DECIMAL(19,4) NOT NULL DEFAULT 0,
  reserved   DECIMAL(19,4) NOT NULL DEFAULT 0,
  paid       DECIMAL(19,4) NOT NULL DEFAULT 0,
  forfeited  DECIMAL(19,4) NOT NULL DEFAULT 0,
  PRIMARY KEY (partner_id, day, program_id),
  INDEX ix_analytics_mdf_day (day, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The open pipeline now: leads per partner and stage with their estimated value (EUR).
CREATE TABLE analytics_pipeline (
  partner_id BIGINT        NOT NULL,
  status     VARCHAR(16)   NOT NULL,
  leads      INT           NOT NULL,
  value      DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (partner_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same sums per partner and calendar month (day = the month's first day), kept from the daily
-- rows by each round for the months it touched: a dashboard over whole months reads one row per
-- partner and month instead of one per day (a year of a 1,000-partner portfolio: 12,000 rows, not
-- 365,000), and only the partial first and last month from the daily rows.
CREATE TABLE analytics_partner_month LIKE analytics_partner_day;
CREATE TABLE analytics_duration_month LIKE analytics_duration_day;

-- The partner-days one round recomputes (filled and emptied inside the round's transaction).
CREATE TABLE analytics_dirty (
  partner_id BIGINT NOT NULL,
  day        DATE   NOT NULL,
  PRIMARY KEY (partner_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analytics_watermark (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  at   DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the round reads to find the touched partner-days.
CREATE INDEX ix_lead_updated ON sales_lead (updated_at);
CREATE INDEX ix_deal_registration_updated ON deal_registration (updated_at);
CREATE INDEX ix_issue_updated ON service_issue (updated_at);
CREATE INDEX ix_mdf_entry_created ON mdf_journal_entry (created_at);
CREATE INDEX ix_mdf_claim_updated ON mdf_claim (updated_at);
CREATE INDEX ix_solution_deflection_at ON solution_deflection (at);
CREATE INDEX ix_order_partner_date ON sales_order (partner_id, order_date);
