-- Leads: end customers, leads and their history, dispatch rules, deal registrations.

-- One record per end customer, however many leads mention them (the single customer view).
-- Matched on the e-mail address, else on the normalised company name.
CREATE TABLE customer (
  id           BIGINT       NOT NULL PRIMARY KEY,
  company      VARCHAR(200) NOT NULL,
  company_key  VARCHAR(200) NOT NULL,
  email        VARCHAR(254) NULL,
  email_domain VARCHAR(254) NULL,
  country      CHAR(2)      NULL,
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_customer_company_key ON customer (company_key);
CREATE INDEX ix_customer_email ON customer (email);
CREATE INDEX ix_customer_email_domain ON customer (email_domain);

CREATE TABLE sales_lead (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  customer_id         BIGINT        NOT NULL,
  -- the partner that owns the lead now; NULL while it is in the channel's pool
  partner_id          BIGINT        NULL,
  assigned_username   VARCHAR(100)  NULL,
  company             VARCHAR(200)  NOT NULL,
  company_key         VARCHAR(200)  NOT NULL,
  contact_name        VARCHAR(200)  NULL,
  email               VARCHAR(254)  NULL,
  email_domain        VARCHAR(254)  NULL,
  phone               VARCHAR(40)   NULL,
  country             CHAR(2)       NOT NULL,
  region              VARCHAR(100)  NULL,
  postcode            VARCHAR(16)   NULL,
  need                VARCHAR(4000) NULL,
  category            VARCHAR(40)   NULL,
  products            VARCHAR(2000) NULL,
  estimated_value     DECIMAL(15,2) NULL,
  currency            CHAR(3)       NULL,
  source              VARCHAR(24)   NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  no_partner_available BOOLEAN      NOT NULL DEFAULT FALSE,
  status_reason       VARCHAR(500)  NULL,
  budget              VARCHAR(200)  NULL,
  authority           VARCHAR(200)  NULL,
  need_confirmed      VARCHAR(500)  NULL,
  timeline            VARCHAR(200)  NULL,
  won_value           DECIMAL(15,2) NULL,
  dispatched_at       DATETIME(6)   NULL,
  accept_due_at       DATETIME(6)   NULL,
  accepted_at         DATETIME(6)   NULL,
  closed_at           DATETIME(6)   NULL,
  -- why the current partner was chosen (JSON: filters passed, score parts, runners-up)
  dispatch_explanation TEXT         NULL,
  created_by          VARCHAR(100)  NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_lead_status CHECK (status IN
    ('NEW', 'DISPATCHED', 'ACCEPTED', 'REJECTED', 'QUALIFIED', 'WON', 'LOST')),
  CONSTRAINT ck_lead_source CHECK (source IN
    ('CHANNEL_MANAGER', 'IMPORT', 'SHOWROOM', 'DEAL_REGISTRATION')),
  CONSTRAINT ck_lead_owner CHECK (status IN ('NEW', 'REJECTED') OR partner_id IS NOT NULL),
  CONSTRAINT fk_lead_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_lead_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner's inbox and lists: by partner, status, newest first (or by any sort inside it).
CREATE INDEX ix_lead_partner_status_created ON sales_lead (partner_id, status, created_at, id);
CREATE INDEX ix_lead_partner_created ON sales_lead (partner_id, created_at, id);
CREATE INDEX ix_lead_partner_assignee ON sales_lead (partner_id, assigned_username, status, created_at);
-- the pool and the rule dispatcher: new leads in id order
CREATE INDEX ix_lead_status_id ON sales_lead (status, id);
-- the recall job: dispatched leads past their acceptance deadline
CREATE INDEX ix_lead_status_due ON sales_lead (status, accept_due_at);
CREATE INDEX ix_lead_customer ON sales_lead (customer_id);
CREATE INDEX ix_lead_company_key ON sales_lead (company_key);
CREATE INDEX ix_lead_email_domain ON sales_lead (email_domain);

-- Every step of a lead, in order. partner_id is the partner the step concerns (partner users see
-- only their own partner's steps); internal steps (the dispatch reasoning) are for channel managers.
CREATE TABLE lead_event (
  id         BIGINT        NOT NULL PRIMARY KEY,
  lead_id    BIGINT        NOT NULL,
  at         DATETIME(6)   NOT NULL,
  actor      VARCHAR(100)  NOT NULL,
  type       VARCHAR(24)   NOT NULL,
  partner_id BIGINT        NULL,
  internal   BOOLEAN       NOT NULL DEFAULT FALSE,
  detail     TEXT          NULL,
  CONSTRAINT fk_lead_event_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lead_event_lead ON lead_event (lead_id, at, id);
-- recent acceptance rate per partner
CREATE INDEX ix_lead_event_partner_type_at ON lead_event (partner_id, type, at);

-- Partners that declined a lead or let it lapse are not offered it again.
CREATE TABLE lead_exclusion (
  lead_id    BIGINT      NOT NULL,
  partner_id BIGINT      NOT NULL,
  reason     VARCHAR(16) NOT NULL,
  at         DATETIME(6) NOT NULL,
  PRIMARY KEY (lead_id, partner_id),
  CONSTRAINT ck_lead_exclusion_reason CHECK (reason IN ('REJECTED', 'LAPSED')),
  CONSTRAINT fk_lead_exclusion_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id)
) ENGINE = InnoDB;

-- Per tier: the weight in rule dispatch and the time a partner has to accept a lead.
CREATE TABLE tier_policy (
  tier             VARCHAR(16) NOT NULL PRIMARY KEY,
  dispatch_weight  INT         NOT NULL,
  accept_sla_hours INT         NOT NULL,
  version          BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT ck_tier_policy_weight CHECK (dispatch_weight BETWEEN 1 AND 100),
  CONSTRAINT ck_tier_policy_sla CHECK (accept_sla_hours BETWEEN 1 AND 720)
) ENGINE = InnoDB;

INSERT INTO tier_policy (tier, dispatch_weight, accept_sla_hours) VALUES
  ('REGISTERED', 1, 72), ('SILVER', 2, 48), ('GOLD', 3, 48), ('PLATINUM', 4, 24);

-- The strict filters a channel manager keeps per partner for rule dispatch.
CREATE TABLE partner_routing (
  partner_id     BIGINT      NOT NULL PRIMARY KEY,
  max_open_leads INT         NOT NULL DEFAULT 50,
  takes_rule_leads BOOLEAN   NOT NULL DEFAULT TRUE,
  version        BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT ck_partner_routing_capacity CHECK (max_open_leads BETWEEN 0 AND 1000000),
  CONSTRAINT fk_partner_routing_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB;

-- Territories: a country, optionally narrowed to a region or a postcode prefix.
CREATE TABLE partner_territory (
  id              BIGINT       NOT NULL PRIMARY KEY,
  partner_id      BIGINT       NOT NULL,
  country         CHAR(2)      NOT NULL,
  region          VARCHAR(100) NULL,
  postcode_prefix VARCHAR(16)  NULL,
  CONSTRAINT fk_partner_territory_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_territory ON partner_territory (partner_id);
CREATE INDEX ix_partner_territory_country ON partner_territory (country, partner_id);

-- A deal a partner found itself and asks to be protected on.
CREATE TABLE deal_registration (
  id              BIGINT        NOT NULL PRIMARY KEY,
  partner_id      BIGINT        NOT NULL,
  customer_id     BIGINT        NOT NULL,
  lead_id         BIGINT        NULL,
  submitted_by    VARCHAR(100)  NOT NULL,
  company         VARCHAR(200)  NOT NULL,
  company_key     VARCHAR(200)  NOT NULL,
  contact_name    VARCHAR(200)  NULL,
  email           VARCHAR(254)  NULL,
  email_domain    VARCHAR(254)  NULL,
  phone           VARCHAR(40)   NULL,
  country         CHAR(2)       NOT NULL,
  categories      VARCHAR(500)  NOT NULL,
  products        VARCHAR(2000) NULL,
  estimated_value DECIMAL(15,2) NOT NULL,
  currency        CHAR(3)       NOT NULL,
  expected_close  DATE          NOT NULL,
  description     VARCHAR(4000) NULL,
  status          VARCHAR(16)   NOT NULL,
  has_conflict    BOOLEAN       NOT NULL DEFAULT FALSE,
  decision_reason VARCHAR(1000) NULL,
  decided_by      VARCHAR(100)  NULL,
  decided_at      DATETIME(6)   NULL,
  protected_until DATE          NULL,
  submitted_at    DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_deal_registration_status CHECK (status IN
    ('SUBMITTED', 'APPROVED', 'REJECTED', 'RETURNED', 'EXPIRED')),
  CONSTRAINT fk_deal_registration_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_deal_registration_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_deal_registration_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deal_registration_partner ON deal_registration (partner_id, status, submitted_at);
CREATE INDEX ix_deal_registration_status ON deal_registration (status, submitted_at);
CREATE INDEX ix_deal_registration_company_key ON deal_registration (company_key, status);
CREATE INDEX ix_deal_registration_email_domain ON deal_registration (email_domain, status);

INSERT INTO id_generator (name, next_val) VALUES
  ('customer', 1000), ('lead', 1000), ('lead_event', 1000), ('partner_territory', 1000),
  ('deal_registration', 1000);
