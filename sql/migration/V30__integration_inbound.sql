-- Inbound calls of the Channelport ERP protocol (/api/v1/integration/...): one row per processed
-- event id, inserted in the same transaction as the message's effect, so a message sent twice (or
-- twice at once) is applied once; the second insert waits for the first transaction and finds the
-- row. outcome: applied, stale, unknown_order, unknown_partner.
CREATE TABLE integration_inbound (
  event_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
  kind         VARCHAR(32)   NOT NULL,
  subject      VARCHAR(200)  NULL,
  fact_at      DATETIME(6)   NOT NULL,
  outcome      VARCHAR(20)   NOT NULL,
  received_at  DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_integration_inbound_received ON integration_inbound (received_at);
CREATE INDEX ix_integration_inbound_subject ON integration_inbound (kind, subject, fact_at);

-- The newest ERP time seen per fact the portal keeps no time of its own for (a partner's contract
-- price of one SKU): a message older than this never overwrites it.
CREATE TABLE integration_fact (
  subject  VARCHAR(200)  NOT NULL PRIMARY KEY,
  fact_at  DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
