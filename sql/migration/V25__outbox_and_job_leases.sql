-- Messages to other systems (ERP, mail), written in the same transaction as the change that causes
-- them and delivered afterwards by one relay, retried with a growing pause. message_id is what the
-- receiver dedupes on; messages of one (topic, msg_key) are delivered one at a time, in order.
CREATE TABLE outbox_message (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id      CHAR(36)      NOT NULL,
  topic           VARCHAR(64)   NOT NULL,
  msg_key         VARCHAR(128)  NOT NULL,
  payload         LONGTEXT      NOT NULL,
  status          VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)   NOT NULL,
  last_error      VARCHAR(2000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  delivered_at    DATETIME(6)   NULL,
  CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
  CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'DELIVERED')),
  CONSTRAINT ck_outbox_payload CHECK (JSON_VALID(payload))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at, id);
CREATE INDEX ix_outbox_key ON outbox_message (topic, msg_key, status, id);

-- Leases of periodic jobs (lead recall, deal expiry, the outbox relay): ShedLock's table. The
-- times are the database's own UTC clock, so the portal nodes' clocks need not agree.
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until DATETIME(3)  NOT NULL,
  locked_at  DATETIME(3)  NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
