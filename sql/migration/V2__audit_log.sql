-- Every change to a business record, and every attempt to reach another partner's record.
CREATE TABLE audit_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(6)  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  partner_id  BIGINT       NULL,
  entity_type VARCHAR(64)  NOT NULL,
  entity_id   VARCHAR(64)  NOT NULL,
  action      VARCHAR(16)  NOT NULL,
  changes     TEXT         NULL,
  CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'DENIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Channel managers read the log of their partners, newest first.
CREATE INDEX ix_audit_partner_at ON audit_log (partner_id, at);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id, at);
CREATE INDEX ix_audit_at ON audit_log (at);
