-- The solutions knowledge base (issue 11): solutions channel managers write and publish, the
-- products (SKUs) and catalog categories each applies to, and the "this solved it" clicks of
-- partner users on the new-issue page before an issue exists (deflected issues).

CREATE TABLE solution (
  id              BIGINT       NOT NULL,
  title           VARCHAR(200) NOT NULL,
  symptoms        TEXT         NULL,
  steps           TEXT         NOT NULL,
  published       BOOLEAN      NOT NULL DEFAULT FALSE,
  published_at    DATETIME(6)  NULL,
  -- the solved issue it was made from, if any
  source_issue_id BIGINT       NULL,
  -- how often it solved an issue: deflections plus issues solved with it
  solved_count    INT          NOT NULL DEFAULT 0,
  created_by      VARCHAR(100) NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_by      VARCHAR(100) NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_solution_source_issue FOREIGN KEY (source_issue_id) REFERENCES service_issue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- suggestions while typing: boolean-mode candidates, re-ranked in Java
CREATE FULLTEXT INDEX ft_solution_text ON solution (title, symptoms, steps);
-- the knowledge base's list: published first, most used first
CREATE INDEX ix_solution_published ON solution (published, solved_count, id);
CREATE INDEX ix_solution_updated ON solution (updated_at);

CREATE TABLE solution_category (
  solution_id BIGINT      NOT NULL,
  code        VARCHAR(64) NOT NULL,
  PRIMARY KEY (solution_id, code),
  INDEX ix_solution_category_code (code),
  CONSTRAINT fk_solution_category FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_sku (
  solution_id BIGINT      NOT NULL,
  sku         VARCHAR(64) NOT NULL,
  PRIMARY KEY (solution_id, sku),
  INDEX ix_solution_sku_sku (sku),
  CONSTRAINT fk_solution_sku FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per "this solved it" before an issue was logged: a deflected issue of that partner.
CREATE TABLE solution_deflection (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  solution_id BIGINT       NOT NULL,
  partner_id  BIGINT       NOT NULL,
  username    VARCHAR(100) NOT NULL,
  sku         VARCHAR(64)  NULL,
  at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_solution_deflection_partner (partner_id, at),
  INDEX ix_solution_deflection_user (solution_id, username, at),
  CONSTRAINT fk_solution_deflection_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
  CONSTRAINT fk_solution_deflection_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- core's V31 made the column; the solution table exists only now
ALTER TABLE service_issue
  ADD CONSTRAINT fk_service_issue_solution FOREIGN KEY (solution_id) REFERENCES solution (id);

INSERT INTO id_generator (name, next_val) VALUES ('solution', 1000)
  ON DUPLICATE KEY UPDATE next_val = next_val;
