-- The ERP connector (erp capability) and the outbox rules it needs.
--
-- Outbox: a message the receiver refused for good (or that could not be delivered for as long as
-- its topic retries) is PARKED: it needs attention, keeps its error and the receiver's answer, and
-- blocks the later messages of its key until it is replayed. retry_from is when its retry window
-- began (enqueue, or the last replay); times are the portal's clock (platform.Clock), so a test
-- clock moves them.
ALTER TABLE outbox_message
  DROP CONSTRAINT ck_outbox_status,
  ADD CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'DELIVERED', 'PARKED')),
  ADD COLUMN retry_from  DATETIME(6) NULL AFTER created_at,
  ADD COLUMN parked_at   DATETIME(6) NULL AFTER delivered_at,
  ADD COLUMN last_answer TEXT        NULL AFTER last_error;

UPDATE outbox_message SET retry_from = created_at WHERE retry_from IS NULL;

ALTER TABLE outbox_message MODIFY retry_from DATETIME(6) NOT NULL;

CREATE INDEX ix_outbox_topic_status ON outbox_message (topic, status, created_at);

-- The offset of the portal's clock from the system clock (tests only: read when
-- channelport.clock.adjustable=true). One row, shared by every node.
CREATE TABLE clock_offset (
  id        TINYINT NOT NULL PRIMARY KEY,
  offset_ms BIGINT  NOT NULL DEFAULT 0,
  CONSTRAINT ck_clock_offset_one CHECK (id = 1),
  CONSTRAINT ck_clock_offset_ahead CHECK (offset_ms >= 0)
) ENGINE = InnoDB;

INSERT INTO clock_offset (id, offset_ms) VALUES (1, 0);

-- Which ERP adapter the relay uses and how, editable by channel admins; NULL columns take the
-- configuration's defaults (channelport.erp.adapter, .protocol.endpoint, .max-per-second). One row.
CREATE TABLE integration_settings (
  id                TINYINT      NOT NULL PRIMARY KEY,
  adapter           VARCHAR(16)  NULL,
  protocol_endpoint VARCHAR(500) NULL,
  pace_per_second   INT          NULL,
  updated_at        DATETIME(6)  NULL,
  updated_by        VARCHAR(255) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_integration_settings_one CHECK (id = 1),
  CONSTRAINT ck_integration_settings_adapter CHECK (adapter IN ('tryton', 'protocol', 'none')),
  CONSTRAINT ck_integration_settings_pace CHECK (pace_per_second BETWEEN 0 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO integration_settings (id) VALUES (1);

-- The integration event log: every outbound attempt, poll and inbound message, each written in a
-- transaction of its own (a failed attempt is logged too).
CREATE TABLE integration_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(6)   NOT NULL,
  adapter      VARCHAR(16)   NOT NULL,
  direction    VARCHAR(8)    NOT NULL,
  kind         VARCHAR(64)   NOT NULL,
  order_number VARCHAR(64)   NULL,
  status       VARCHAR(16)   NOT NULL,
  error        VARCHAR(2000) NULL,
  payload      MEDIUMTEXT    NULL,
  message_id   VARCHAR(64)   NULL,
  event_id     VARCHAR(128)  NULL,
  CONSTRAINT ck_integration_event_direction CHECK (direction IN ('out', 'in', 'poll')),
  CONSTRAINT ck_integration_event_status CHECK (status IN ('ok', 'failed', 'parked', 'ignored'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_integration_event_at ON integration_event (at, id);
CREATE INDEX ix_integration_event_status ON integration_event (status, at);
CREATE INDEX ix_integration_event_order ON integration_event (order_number, at);
CREATE INDEX ix_integration_event_message ON integration_event (message_id);

-- Where the poller of each adapter got to (the adapter's own cursor text).
CREATE TABLE erp_poll_cursor (
  adapter      VARCHAR(16)   NOT NULL PRIMARY KEY,
  cursor_value VARCHAR(2000) NULL,
  updated_at   DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
