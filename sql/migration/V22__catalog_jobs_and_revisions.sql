-- Catalog uploads: progress for the page's progress bar, and the outcome kept as a message key with
-- its arguments, so that it shows in the reader's language (as the row errors already are).
ALTER TABLE catalog_upload
  ADD COLUMN progress     INT           NOT NULL DEFAULT 0 AFTER processed_rows,
  ADD COLUMN message_key  VARCHAR(100)  NULL AFTER message,
  ADD COLUMN message_args VARCHAR(1000) NULL AFTER message_key;

-- When each catalog revision was committed: the export's ?since=<timestamp> becomes a revision,
-- so products need no index on updated_at (one index less for every imported row).
CREATE TABLE catalog_revision_log (
  revision BIGINT      NOT NULL PRIMARY KEY,
  at       DATETIME(6) NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_catalog_revision_log_at ON catalog_revision_log (at);

DROP INDEX ix_product_updated ON product;
