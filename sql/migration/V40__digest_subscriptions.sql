-- The weekly e-mail digest, opt-in per user: one row per user seen signing in or subscribing
-- (subscribed FALSE until they opt in). Unsubscribing keeps the row, so that last_sent_week still
-- holds "once per ISO week" when the same user subscribes again in that week. roles and
-- partner_id are the user's as last seen (subscribing, signing in): the job evaluates the figures
-- as that user, never wider.
-- last_sent_week is the ISO week-based year * 100 + the week (202650); the job claims a week with a
-- conditional UPDATE (last_sent_week below it), so two nodes never send a week twice.

CREATE TABLE digest_subscription (
  username       VARCHAR(100) NOT NULL PRIMARY KEY,
  partner_id     BIGINT       NULL,
  roles          VARCHAR(200) NOT NULL,
  email          VARCHAR(254) NULL,
  locale         VARCHAR(10)  NOT NULL DEFAULT 'en',
  subscribed     BOOLEAN      NOT NULL DEFAULT FALSE,
  subscribed_at  DATETIME(6)  NULL,
  last_sent_week INT          NULL,
  KEY ix_digest_subscription_due (subscribed, last_sent_week),
  CONSTRAINT fk_digest_subscription_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
