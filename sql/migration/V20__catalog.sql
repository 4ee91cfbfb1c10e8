-- The brand owner's catalog: categories (a tree), products, uploads and their error reports,
-- tier discounts and partner contract prices.

CREATE TABLE catalog_category (
  id         BIGINT       NOT NULL PRIMARY KEY,
  code       VARCHAR(64)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  parent_id  BIGINT       NULL,
  sort_order INT          NOT NULL DEFAULT 0,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_category_code UNIQUE (code),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES catalog_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per product. Specification attributes and stock per warehouse are small JSON objects
-- in the row, so that an import writes one row per product (see README, Benchmarks).
-- content_hash is the hash of everything an upload sets: an unchanged row is never rewritten.
-- revision is the catalog revision (a counter in catalog_revision) that last changed the row:
-- the export's ?since=<revision> reads it.
CREATE TABLE product (
  id                       BIGINT        NOT NULL PRIMARY KEY,
  sku                      VARCHAR(64)   NOT NULL,
  name                     VARCHAR(200)  NOT NULL,
  description              TEXT          NULL,
  category_id              BIGINT        NOT NULL,
  manufacturer             VARCHAR(200)  NULL,
  manufacturer_part_number VARCHAR(100)  NULL,
  weight_kg                DECIMAL(12,3) NULL,
  delivery_days            INT           NULL,
  image_url                VARCHAR(1000) NULL,
  base_price               DECIMAL(19,4) NOT NULL,
  currency                 CHAR(3)       NOT NULL,
  active                   BOOLEAN       NOT NULL DEFAULT TRUE,
  attributes               TEXT          NULL,
  stock                    TEXT          NULL,
  content_hash             CHAR(32)      NOT NULL,
  revision                 BIGINT        NOT NULL,
  created_at               DATETIME(6)   NOT NULL,
  updated_at               DATETIME(6)   NOT NULL,
  version                  BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_product_sku UNIQUE (sku),
  CONSTRAINT ck_product_price CHECK (base_price >= 0),
  CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES catalog_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE FULLTEXT INDEX ft_product_text ON product (name, description, manufacturer, sku);
CREATE INDEX ix_product_active_price ON product (active, base_price);
CREATE INDEX ix_product_active_category_price ON product (active, category_id, base_price);
CREATE INDEX ix_product_active_name ON product (active, name);
CREATE INDEX ix_product_revision ON product (revision);
CREATE INDEX ix_product_updated ON product (updated_at);

-- Attribute keys and warehouses ever uploaded: the columns of the CSV export.
CREATE TABLE catalog_column (
  kind VARCHAR(8)   NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (kind, name),
  CONSTRAINT ck_catalog_column_kind CHECK (kind IN ('attr', 'stock'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalog's change counter; one row.
CREATE TABLE catalog_revision (
  id       INT    NOT NULL PRIMARY KEY,
  revision BIGINT NOT NULL
) ENGINE = InnoDB;
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);

-- An upload is a background job; its file waits in the upload folder under the upload's id.
CREATE TABLE catalog_upload (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  file_name          VARCHAR(255)  NOT NULL,
  format             VARCHAR(8)    NOT NULL,
  size_bytes         BIGINT        NOT NULL,
  content_hash       CHAR(64)      NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  apply_valid_rows   BOOLEAN       NOT NULL DEFAULT FALSE,
  deactivate_missing BOOLEAN       NOT NULL DEFAULT FALSE,
  total_rows         BIGINT        NOT NULL DEFAULT 0,
  processed_rows     BIGINT        NOT NULL DEFAULT 0,
  valid_rows         BIGINT        NOT NULL DEFAULT 0,
  error_rows         BIGINT        NOT NULL DEFAULT 0,
  inserted           BIGINT        NOT NULL DEFAULT 0,
  updated            BIGINT        NOT NULL DEFAULT 0,
  unchanged          BIGINT        NOT NULL DEFAULT 0,
  deactivated        BIGINT        NOT NULL DEFAULT 0,
  warnings           VARCHAR(2000) NULL,
  message            VARCHAR(1000) NULL,
  created_by         VARCHAR(100)  NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  started_at         DATETIME(6)   NULL,
  finished_at        DATETIME(6)   NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_upload_status CHECK (status IN ('QUEUED', 'VALIDATING', 'APPLYING', 'DONE', 'FAILED', 'REJECTED')),
  CONSTRAINT ck_upload_format CHECK (format IN ('CSV', 'BMECAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_upload_created ON catalog_upload (created_at);

-- The bad rows of an upload: line number, field and reason (the first 10,000 of them).
CREATE TABLE catalog_upload_error (
  upload_id  BIGINT        NOT NULL,
  seq        INT           NOT NULL,
  line       BIGINT        NOT NULL,
  sku        VARCHAR(64)   NULL,
  field      VARCHAR(100)  NULL,
  reason_key VARCHAR(100)  NOT NULL,
  reason_args VARCHAR(1000) NULL,
  reason     VARCHAR(1000) NOT NULL,
  PRIMARY KEY (upload_id, seq),
  CONSTRAINT fk_upload_error_upload FOREIGN KEY (upload_id) REFERENCES catalog_upload (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Price lists: a discount per partner tier, and contract prices per partner and SKU.
CREATE TABLE tier_discount (
  tier         VARCHAR(16)  NOT NULL PRIMARY KEY,
  discount_pct DECIMAL(5,2) NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(100) NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_tier_discount_tier CHECK (tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  CONSTRAINT ck_tier_discount_pct CHECK (discount_pct >= 0 AND discount_pct < 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO tier_discount (tier, discount_pct, updated_at, updated_by) VALUES
  ('REGISTERED', 0, NOW(6), 'system'), ('SILVER', 0, NOW(6), 'system'),
  ('GOLD', 0, NOW(6), 'system'), ('PLATINUM', 0, NOW(6), 'system');

CREATE TABLE contract_price (
  id          BIGINT        NOT NULL PRIMARY KEY,
  partner_id  BIGINT        NOT NULL,
  product_id  BIGINT        NOT NULL,
  price       DECIMAL(19,4) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  valid_from  DATE          NOT NULL,
  valid_to    DATE          NULL,
  created_by  VARCHAR(100)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_contract_price CHECK (price >= 0),
  CONSTRAINT ck_contract_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT fk_contract_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_contract_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_contract_partner_product ON contract_price (partner_id, product_id, valid_from);

INSERT INTO id_generator (name, next_val) VALUES
  ('catalog_category', 1000), ('product', 1000), ('catalog_upload', 0), ('contract_price', 1000)
  ON DUPLICATE KEY UPDATE next_val = next_val;
