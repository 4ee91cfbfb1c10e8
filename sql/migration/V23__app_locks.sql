-- Named locks for checks that have no parent row to lock: a transaction that must check and then
-- write (no duplicate import, no second approval of one opportunity, one customer record per
-- customer) first locks its row here (SELECT ... FOR UPDATE), so such checks run one at a time.
CREATE TABLE app_lock (
  name VARCHAR(64) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_lock (name) VALUES ('lead_import'), ('deal_conflicts'), ('customer'), ('showroom_slug');
