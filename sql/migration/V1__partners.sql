-- Partners, portfolios, partner users, onboarding applications.
-- IDs come from a shared table generator (id_generator) so that bulk writes can batch.

CREATE TABLE id_generator (
  name     VARCHAR(64) NOT NULL PRIMARY KEY,
  next_val BIGINT      NOT NULL
) ENGINE = InnoDB;

CREATE TABLE partner (
  id               BIGINT       NOT NULL PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  account_number   VARCHAR(32)  NOT NULL,
  tier             VARCHAR(16)  NOT NULL,
  country          CHAR(2)      NOT NULL,
  region           VARCHAR(100) NULL,
  specialisations  VARCHAR(500) NOT NULL DEFAULT '',
  contact_name     VARCHAR(200) NULL,
  contact_email    VARCHAR(254) NULL,
  contact_phone    VARCHAR(40)  NULL,
  billing_postcode VARCHAR(16)  NULL,
  status           VARCHAR(16)  NOT NULL,
  status_reason    VARCHAR(500) NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_partner_account UNIQUE (account_number),
  CONSTRAINT ck_partner_tier CHECK (tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  CONSTRAINT ck_partner_status CHECK (status IN ('PROSPECT', 'ACTIVE', 'SUSPENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_name ON partner (name);
CREATE INDEX ix_partner_status_name ON partner (status, name);
CREATE INDEX ix_partner_tier_name ON partner (tier, name);
CREATE INDEX ix_partner_country_region ON partner (country, region);

-- A channel manager's portfolio: the partners whose data they see.
CREATE TABLE portfolio_assignment (
  id               BIGINT       NOT NULL PRIMARY KEY,
  manager_username VARCHAR(100) NOT NULL,
  partner_id       BIGINT       NOT NULL,
  assigned_at      DATETIME(6)  NOT NULL,
  assigned_by      VARCHAR(100) NOT NULL,
  CONSTRAINT uq_portfolio UNIQUE (manager_username, partner_id),
  CONSTRAINT fk_portfolio_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_portfolio_partner ON portfolio_assignment (partner_id);

-- People who work for a partner. Identities live in Keycloak; this is the portal's
-- directory of them, seeded with the demo users and refreshed from the token at sign-in.
CREATE TABLE partner_user (
  id           BIGINT       NOT NULL PRIMARY KEY,
  partner_id   BIGINT       NOT NULL,
  username     VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NULL,
  email        VARCHAR(254) NULL,
  role         VARCHAR(32)  NOT NULL,
  last_seen_at DATETIME(6)  NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_partner_user UNIQUE (username),
  CONSTRAINT fk_partner_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_user_partner ON partner_user (partner_id, username);

-- "Become a partner": public applications, reviewed by channel managers.
CREATE TABLE partner_application (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  company_name       VARCHAR(200) NOT NULL,
  country            CHAR(2)      NOT NULL,
  region             VARCHAR(100) NULL,
  specialisations    VARCHAR(500) NOT NULL DEFAULT '',
  contact_name       VARCHAR(200) NOT NULL,
  contact_email      VARCHAR(254) NOT NULL,
  contact_phone      VARCHAR(40)  NULL,
  message            VARCHAR(2000) NULL,
  account_number     VARCHAR(32)  NULL,
  billing_postcode   VARCHAR(16)  NULL,
  linked_partner_id  BIGINT       NULL,
  status             VARCHAR(16)  NOT NULL,
  decision_reason    VARCHAR(500) NULL,
  decided_by         VARCHAR(100) NULL,
  decided_at         DATETIME(6)  NULL,
  partner_id         BIGINT       NULL,
  submitted_at       DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_application_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
  CONSTRAINT fk_application_linked FOREIGN KEY (linked_partner_id) REFERENCES partner (id),
  CONSTRAINT fk_application_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_application_status ON partner_application (status, submitted_at);
