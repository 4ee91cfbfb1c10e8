-- Each partner's public showroom: co-branding, what it shows, and the inquiries it received.

CREATE TABLE showroom (
  partner_id           BIGINT        NOT NULL PRIMARY KEY,
  slug                 VARCHAR(80)   NOT NULL,
  intro                VARCHAR(2000) NULL,
  contact_email        VARCHAR(254)  NULL,
  contact_phone        VARCHAR(40)   NULL,
  price_adjustment_pct DECIMAL(5,2)  NOT NULL DEFAULT 0,
  logo                 MEDIUMBLOB    NULL,
  logo_type            VARCHAR(32)   NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_showroom_slug UNIQUE (slug),
  CONSTRAINT ck_showroom_adjustment CHECK (price_adjustment_pct > -100 AND price_adjustment_pct <= 200),
  CONSTRAINT fk_showroom_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The categories a showroom shows (none: all of them).
CREATE TABLE showroom_category (
  partner_id  BIGINT NOT NULL,
  category_id BIGINT NOT NULL,
  PRIMARY KEY (partner_id, category_id),
  CONSTRAINT fk_showroom_category_showroom FOREIGN KEY (partner_id) REFERENCES showroom (partner_id),
  CONSTRAINT fk_showroom_category_category FOREIGN KEY (category_id) REFERENCES catalog_category (id)
) ENGINE = InnoDB;

-- Products featured on the showroom's first page.
CREATE TABLE showroom_featured (
  partner_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  PRIMARY KEY (partner_id, product_id),
  CONSTRAINT fk_showroom_featured_showroom FOREIGN KEY (partner_id) REFERENCES showroom (partner_id),
  CONSTRAINT fk_showroom_featured_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB;

-- Every inquiry sent from a showroom (also the per-IP rate limit: the address is kept as a hash).
CREATE TABLE showroom_inquiry (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partner_id  BIGINT      NOT NULL,
  ip_hash     CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  lead_id     BIGINT      NULL,
  CONSTRAINT fk_showroom_inquiry_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB;

CREATE INDEX ix_showroom_inquiry_ip ON showroom_inquiry (ip_hash, created_at);
CREATE INDEX ix_showroom_inquiry_partner ON showroom_inquiry (partner_id, created_at);
