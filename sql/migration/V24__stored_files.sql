-- Files users upload (showroom logos; next proof of performance, service-issue attachments and
-- catalog files), kept once for every portal node: the content in this table (or, when the portal
-- is configured for a shared folder, there under its SHA-256, content NULL). The type is the one
-- recognised from the bytes; the client's file name is metadata only.
CREATE TABLE stored_file (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  purpose     VARCHAR(40)  NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  content     LONGBLOB     NULL,
  client_name VARCHAR(255) NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  CONSTRAINT ck_stored_file_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_stored_file_sha256 ON stored_file (sha256);

-- A showroom's logo is a stored file; the logos kept in the showroom row move there (one file per
-- showroom, numbered like its partner so the link is exact; later files are numbered after them).
ALTER TABLE showroom ADD COLUMN logo_file_id BIGINT NULL;

INSERT INTO stored_file (id, purpose, sha256, media_type, size_bytes, content, client_name, created_at, created_by)
SELECT partner_id, 'showroom-logo', SHA2(logo, 256), logo_type, LENGTH(logo), logo, NULL, updated_at, 'system'
  FROM showroom
 WHERE logo IS NOT NULL AND logo_type IS NOT NULL;

UPDATE showroom SET logo_file_id = partner_id WHERE logo IS NOT NULL AND logo_type IS NOT NULL;
UPDATE showroom SET logo_type = NULL WHERE logo_file_id IS NULL;

ALTER TABLE showroom
  ADD CONSTRAINT fk_showroom_logo_file FOREIGN KEY (logo_file_id) REFERENCES stored_file (id),
  DROP COLUMN logo;
