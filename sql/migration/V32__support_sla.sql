-- Service-issue SLAs (issue 11): the targets per priority (and, where a row says so, per partner
-- tier), the service team's opening hours and its holidays. Targets are business minutes: only
-- time within the opening hours, outside the holidays, counts ("1 day" = 10 business hours).
-- Read by support.SlaPolicy (cached for at most 30 s); the clocks themselves are service_issue's.

-- partner_tier NULL: the target for every tier; a row for the partner's tier wins over it.
CREATE TABLE sla_target (
  id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  priority               VARCHAR(10) NOT NULL,
  partner_tier           VARCHAR(16) NULL,
  first_response_minutes INT         NOT NULL,
  resolution_minutes     INT         NOT NULL,
  -- one row per priority and tier, the "any tier" row included (a UNIQUE index ignores NULLs)
  tier_key               VARCHAR(16) AS (COALESCE(partner_tier, '*')) PERSISTENT,
  CONSTRAINT uq_sla_target UNIQUE (priority, tier_key),
  CONSTRAINT ck_sla_target_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  CONSTRAINT ck_sla_target_tier CHECK (partner_tier IS NULL
      OR partner_tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  CONSTRAINT ck_sla_target_minutes CHECK (first_response_minutes > 0 AND resolution_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- urgent 1 h / 8 h; high 4 h / 2 days; normal 1 day / 5 days; low 2 days / 10 days
INSERT INTO sla_target (priority, partner_tier, first_response_minutes, resolution_minutes) VALUES
  ('URGENT', NULL, 60, 480),
  ('HIGH', NULL, 240, 1200),
  ('NORMAL', NULL, 600, 3000),
  ('LOW', NULL, 1200, 6000);

-- The weekly opening hours of the service team: ISO day of week (1 = Monday … 7 = Sunday), local
-- time in time_zone (one zone for all rows); a day without a row is closed.
CREATE TABLE support_business_hours (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  day_of_week TINYINT     NOT NULL,
  opens       TIME        NOT NULL,
  closes      TIME        NOT NULL,
  time_zone   VARCHAR(64) NOT NULL,
  CONSTRAINT ck_business_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
  CONSTRAINT ck_business_hours_window CHECK (opens < closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO support_business_hours (day_of_week, opens, closes, time_zone) VALUES
  (1, '08:00:00', '18:00:00', 'Europe/Berlin'),
  (2, '08:00:00', '18:00:00', 'Europe/Berlin'),
  (3, '08:00:00', '18:00:00', 'Europe/Berlin'),
  (4, '08:00:00', '18:00:00', 'Europe/Berlin'),
  (5, '08:00:00', '18:00:00', 'Europe/Berlin');

-- Days the service team does not work (in its time zone).
CREATE TABLE support_holiday (
  day  DATE         NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- German nationwide public holidays 2026 and 2027
INSERT INTO support_holiday (day, name) VALUES
  ('2026-01-01', 'Neujahr'),
  ('2026-04-03', 'Karfreitag'),
  ('2026-04-06', 'Ostermontag'),
  ('2026-05-01', 'Tag der Arbeit'),
  ('2026-05-14', 'Christi Himmelfahrt'),
  ('2026-05-25', 'Pfingstmontag'),
  ('2026-10-03', 'Tag der Deutschen Einheit'),
  ('2026-12-25', '1. Weihnachtstag'),
  ('2026-12-26', '2. Weihnachtstag'),
  ('2027-01-01', 'Neujahr'),
  ('2027-03-26', 'Karfreitag'),
  ('2027-03-29', 'Ostermontag'),
  ('2027-05-01', 'Tag der Arbeit'),
  ('2027-05-06', 'Christi Himmelfahrt'),
  ('2027-05-17', 'Pfingstmontag'),
  ('2027-10-03', 'Tag der Deutschen Einheit'),
  ('2027-12-25', '1. Weihnachtstag'),
  ('2027-12-26', '2. Weihnachtstag');

-- Whom the service mails reach and in which language: every portal user as last seen at sign-in
-- (the brand owner's staff have no other directory in the portal; a partner user's address is the
-- partner directory's). language: the browser's first supported one (en, pl) at that sign-in.
CREATE TABLE support_contact (
  username     VARCHAR(100) NOT NULL PRIMARY KEY,
  partner_id   BIGINT       NULL,
  email        VARCHAR(254) NULL,
  language     CHAR(2)      NULL,
  last_seen_at DATETIME(6)  NOT NULL,
  CONSTRAINT fk_support_contact_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
