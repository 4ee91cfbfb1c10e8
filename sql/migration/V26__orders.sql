-- Replenishment and on-behalf orders (issue 10): warehouses, stock per product and warehouse,
-- carriers, the partner's account in the ERP, the employees' approval limit, orders with their
-- lines, timeline, pending changes, shipments, stock watches and invoices. Status codes are the
-- enums' names (OrderStatus, SyncState, OrderKind); the CHECKs keep SQL writers to them too.

CREATE TABLE warehouse (
  code       VARCHAR(16)  NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  sort_order INT          NOT NULL DEFAULT 0,
  CONSTRAINT ck_warehouse_code CHECK (code REGEXP '^[a-z0-9][a-z0-9_-]*$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the ERP says is on hand, per product (by SKU: the ERP knows SKUs, not our ids) and
-- warehouse; as_of is the ERP's time of the figure, so an older report never overwrites a newer.
CREATE TABLE stock_level (
  sku            VARCHAR(64) NOT NULL,
  warehouse_code VARCHAR(16) NOT NULL,
  quantity       BIGINT      NOT NULL,
  as_of          DATETIME(6) NOT NULL,
  PRIMARY KEY (sku, warehouse_code),
  CONSTRAINT ck_stock_quantity CHECK (quantity >= 0),
  CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_code) REFERENCES warehouse (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tracking_url_template holds {tracking} where the tracking number goes
CREATE TABLE carrier (
  code                  VARCHAR(16)  NOT NULL PRIMARY KEY,
  name                  VARCHAR(100) NOT NULL,
  tracking_url_template VARCHAR(500) NULL,
  CONSTRAINT ck_carrier_template CHECK (tracking_url_template IS NULL
      OR (tracking_url_template LIKE 'https://%' AND tracking_url_template LIKE '%{tracking}%'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The partner's customer account in the ERP: over its limit or on hold, its next orders are held.
CREATE TABLE partner_account (
  partner_id   BIGINT        NOT NULL PRIMARY KEY,
  credit_limit DECIMAL(19,4) NOT NULL,
  open_amount  DECIMAL(19,4) NOT NULL,
  currency     CHAR(3)       NOT NULL,
  on_hold      BOOLEAN       NOT NULL DEFAULT FALSE,
  as_of        DATETIME(6)   NOT NULL,
  CONSTRAINT ck_account_limit CHECK (credit_limit >= 0),
  CONSTRAINT fk_account_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Above employee_approval_limit a partner employee's order waits for the partner manager.
CREATE TABLE order_policy (
  partner_id              BIGINT        NOT NULL PRIMARY KEY,
  employee_approval_limit DECIMAL(19,4) NOT NULL,
  currency                CHAR(3)       NOT NULL,
  CONSTRAINT ck_policy_limit CHECK (employee_approval_limit >= 0),
  CONSTRAINT fk_policy_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sales_order (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  number               VARCHAR(20)   NOT NULL,
  partner_id           BIGINT        NOT NULL,
  placed_by            VARCHAR(100)  NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  origin               VARCHAR(8)    NOT NULL DEFAULT 'PORTAL',
  customer_id          BIGINT        NULL,
  po_number            VARCHAR(64)   NULL,
  ship_to_name         VARCHAR(200)  NULL,
  ship_to_street       VARCHAR(200)  NULL,
  ship_to_postcode     VARCHAR(20)   NULL,
  ship_to_city         VARCHAR(100)  NULL,
  ship_to_country      CHAR(2)       NULL,
  requested_delivery   DATE          NULL,
  note                 VARCHAR(2000) NULL,
  status               VARCHAR(20)   NOT NULL,
  status_reason        VARCHAR(2000) NULL,
  sync_state           VARCHAR(16)   NOT NULL,
  sync_error           VARCHAR(2000) NULL,
  sync_next_attempt_at DATETIME(6)   NULL,
  erp_number           VARCHAR(64)   NULL,
  erp_updated_at       DATETIME(6)   NULL,
  credit_hold          BOOLEAN       NOT NULL DEFAULT FALSE,
  credit_hold_reason   VARCHAR(2000) NULL,
  currency             CHAR(3)       NOT NULL,
  total                DECIMAL(19,4) NOT NULL,
  next_line_no         INT           NOT NULL DEFAULT 1,
  submitted_at         DATETIME(6)   NULL,
  approved_by          VARCHAR(100)  NULL,
  approved_at          DATETIME(6)   NULL,
  order_date           DATE          NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_sales_order_number UNIQUE (number),
  CONSTRAINT uq_sales_order_erp_number UNIQUE (erp_number),
  CONSTRAINT ck_order_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'AWAITING_APPROVAL',
      'CONFIRMED', 'RELEASED', 'PARTLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REJECTED')),
  CONSTRAINT ck_order_sync CHECK (sync_state IN ('PENDING', 'SENT', 'ACKNOWLEDGED', 'FAILED')),
  CONSTRAINT ck_order_kind CHECK (kind IN ('REPLENISHMENT', 'ON_BEHALF')),
  CONSTRAINT ck_order_origin CHECK (origin IN ('PORTAL', 'ERP')),
  CONSTRAINT ck_order_customer CHECK (kind = 'REPLENISHMENT' OR customer_id IS NOT NULL),
  CONSTRAINT ck_order_total CHECK (total >= 0),
  CONSTRAINT fk_order_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_order_partner_created ON sales_order (partner_id, created_at, id);
CREATE INDEX ix_order_partner_status ON sales_order (partner_id, status, created_at);
CREATE INDEX ix_order_customer ON sales_order (customer_id, partner_id);
CREATE INDEX ix_order_updated ON sales_order (updated_at);

-- unit_price is the partner's net price when the line was added (contract price, else tier
-- discount), never re-read; backordered is how much of the line waits for stock.
CREATE TABLE sales_order_line (
  id              BIGINT        NOT NULL PRIMARY KEY,
  order_id        BIGINT        NOT NULL,
  line_no         INT           NOT NULL,
  sku             VARCHAR(64)   NOT NULL,
  product_name    VARCHAR(200)  NOT NULL,
  quantity        BIGINT        NOT NULL,
  unit_price      DECIMAL(19,4) NOT NULL,
  currency        CHAR(3)       NOT NULL,
  line_total      DECIMAL(19,4) NOT NULL,
  warehouse_code  VARCHAR(16)   NULL,
  backordered     BIGINT        NOT NULL DEFAULT 0,
  waitlisted      BOOLEAN       NOT NULL DEFAULT FALSE,
  promised_date   DATE          NULL,
  rejected_reason VARCHAR(1000) NULL,
  CONSTRAINT uq_order_line UNIQUE (order_id, line_no),
  CONSTRAINT ck_line_quantity CHECK (quantity > 0),
  CONSTRAINT ck_line_price CHECK (unit_price >= 0 AND line_total >= 0),
  CONSTRAINT ck_line_backordered CHECK (backordered >= 0 AND backordered <= quantity),
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_line_warehouse FOREIGN KEY (warehouse_code) REFERENCES warehouse (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The order's timeline: who took which step when, and why.
CREATE TABLE sales_order_event (
  id       BIGINT        NOT NULL PRIMARY KEY,
  order_id BIGINT        NOT NULL,
  at       DATETIME(6)   NOT NULL,
  actor    VARCHAR(100)  NOT NULL,
  step     VARCHAR(32)   NOT NULL,
  detail   VARCHAR(2000) NULL,
  CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_order_event_order ON sales_order_event (order_id, at, id);

-- An edit of an order the ERP has (or will have): the order as it is to be (JSON), sent as
-- order.changed and applied or rejected when the ERP answers.
CREATE TABLE sales_order_change (
  id           BIGINT        NOT NULL PRIMARY KEY,
  order_id     BIGINT        NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  payload      LONGTEXT      NOT NULL,
  requested_by VARCHAR(100)  NOT NULL,
  requested_at DATETIME(6)   NOT NULL,
  answered_at  DATETIME(6)   NULL,
  reason       VARCHAR(2000) NULL,
  CONSTRAINT ck_change_status CHECK (status IN ('PENDING', 'APPLIED', 'REJECTED')),
  CONSTRAINT ck_change_payload CHECK (JSON_VALID(payload)),
  CONSTRAINT fk_change_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_change_order ON sales_order_change (order_id, status, id);

CREATE TABLE shipment (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  order_id           BIGINT       NOT NULL,
  shipment_ref       VARCHAR(64)  NOT NULL,
  warehouse_code     VARCHAR(16)  NULL,
  carrier_code       VARCHAR(16)  NULL,
  method             VARCHAR(64)  NULL,
  tracking_number    VARCHAR(100) NULL,
  shipped_at         DATE         NULL,
  estimated_delivery DATE         NULL,
  erp_updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT uq_shipment_ref UNIQUE (shipment_ref),
  CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_shipment_order ON shipment (order_id, shipped_at);

CREATE TABLE shipment_line (
  id          BIGINT      NOT NULL PRIMARY KEY,
  shipment_id BIGINT      NOT NULL,
  sku         VARCHAR(64) NOT NULL,
  quantity    BIGINT      NOT NULL,
  CONSTRAINT ck_shipment_quantity CHECK (quantity > 0),
  CONSTRAINT fk_shipment_line FOREIGN KEY (shipment_id) REFERENCES shipment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Tell me when it is back": one open watch per user and SKU; notified_at set when stock returns.
CREATE TABLE stock_watch (
  id          BIGINT       NOT NULL PRIMARY KEY,
  partner_id  BIGINT       NOT NULL,
  username    VARCHAR(100) NOT NULL,
  sku         VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  notified_at DATETIME(6)  NULL,
  CONSTRAINT uq_stock_watch UNIQUE (username, sku),
  CONSTRAINT fk_watch_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_stock_watch_sku ON stock_watch (sku, notified_at);

CREATE TABLE invoice (
  id             BIGINT        NOT NULL PRIMARY KEY,
  invoice_number VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  order_id       BIGINT        NULL,
  partner_id     BIGINT        NOT NULL,
  invoice_date   DATE          NOT NULL,
  amount         DECIMAL(19,4) NOT NULL,
  currency       CHAR(3)       NOT NULL,
  erp_updated_at DATETIME(6)   NOT NULL,
  CONSTRAINT uq_invoice_number UNIQUE (invoice_number),
  CONSTRAINT ck_invoice_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
  CONSTRAINT fk_invoice_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_invoice_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invoice_partner ON invoice (partner_id, invoice_date);

-- Idempotency-Key (IETF httpapi draft) of POST requests, per caller: the first request claims
-- the key (the primary key decides a race; owner names the claiming request), its business
-- transaction stores the answer if it still owns the claim; a repeat gets that answer.
CREATE TABLE idempotency_key (
  scope           VARCHAR(200)  NOT NULL,
  idem_key        VARCHAR(255)  NOT NULL,
  request_hash    CHAR(64)      NOT NULL,
  owner           CHAR(36)      NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  response_status INT           NULL,
  response_location VARCHAR(500) NULL,
  response_body   LONGTEXT      NULL,
  created_at      DATETIME(6)   NOT NULL,
  expires_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (scope, idem_key),
  CONSTRAINT ck_idem_status CHECK (status IN ('IN_PROGRESS', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_idem_expires ON idempotency_key (expires_at);

INSERT INTO id_generator (name, next_val) VALUES
  ('sales_order', 1000), ('sales_order_line', 1000), ('sales_order_event', 1000),
  ('sales_order_change', 1000), ('shipment', 1000), ('shipment_line', 1000),
  ('stock_watch', 1000), ('invoice', 1000)
  ON DUPLICATE KEY UPDATE next_val = next_val;
