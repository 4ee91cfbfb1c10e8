-- Alerts by e-mail and reconciliation with the ERP (erp capability).
--
-- Who gets the mails of each error type (erp_unreachable, message_rejected, inbound_invalid,
-- poll_failing); channel admins edit the list on the integration page.
CREATE TABLE alert_recipient (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  alert_type VARCHAR(32)  NOT NULL,
  email      VARCHAR(254) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uq_alert_recipient UNIQUE (alert_type, email),
  CONSTRAINT ck_alert_recipient_type
    CHECK (alert_type IN ('erp_unreachable', 'message_rejected', 'inbound_invalid', 'poll_failing'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The state of each alert condition: since when it fails (NULL: it holds), as the alert job saw it.
CREATE TABLE alert_condition (
  alert_type    VARCHAR(32)   NOT NULL PRIMARY KEY,
  failing_since DATETIME(6)   NULL,
  detail        VARCHAR(2000) NULL,
  checked_at    DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One incident per alert type from its first failure (past the type's threshold) until it clears:
-- one mail when it opens, one when it clears. open_marker makes a second open incident of a type
-- impossible, whichever node evaluates.
CREATE TABLE alert_incident (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  alert_type      VARCHAR(32)   NOT NULL,
  failing_since   DATETIME(6)   NOT NULL,
  opened_at       DATETIME(6)   NOT NULL,
  cleared_at      DATETIME(6)   NULL,
  detail          VARCHAR(2000) NULL,
  opened_mail_at  DATETIME(6)   NULL,
  cleared_mail_at DATETIME(6)   NULL,
  mail_error      VARCHAR(2000) NULL,
  open_marker     TINYINT AS (IF(cleared_at IS NULL, 1, NULL)) PERSISTENT,
  CONSTRAINT uq_alert_incident_open UNIQUE (alert_type, open_marker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_alert_incident_opened ON alert_incident (opened_at);

-- Reconciliation runs (portal orders against the ERP's view of them) and the differences found.
CREATE TABLE reconciliation_run (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_at      DATETIME(6)   NOT NULL,
  adapter     VARCHAR(16)   NOT NULL,
  since       DATETIME(6)   NOT NULL,
  checked     INT           NOT NULL,
  differences INT           NOT NULL,
  error       VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reconciliation_difference (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id        BIGINT      NOT NULL,
  order_number  VARCHAR(64) NOT NULL,
  kind          VARCHAR(24) NOT NULL,
  portal_status VARCHAR(32) NULL,
  erp_status    VARCHAR(32) NULL,
  erp_number    VARCHAR(64) NULL,
  CONSTRAINT fk_reconciliation_difference_run FOREIGN KEY (run_id)
    REFERENCES reconciliation_run (id) ON DELETE CASCADE,
  CONSTRAINT ck_reconciliation_kind
    CHECK (kind IN ('missing_in_erp', 'missing_in_portal', 'status_mismatch'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
