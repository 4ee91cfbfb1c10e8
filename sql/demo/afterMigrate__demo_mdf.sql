-- Demo data of the MDF capability (issue 12): the program "2027-Q1 Demand generation" of
-- 100,000 EUR (webinars, events, advertising, trade shows; 50 % co-funding), its budget posted from
-- its funding account and allocated to Northwind (20,000), Baltic Tech (10,000) and Danube
-- (15,000) — each a journal entry, the accounts' balances their sums — and the channel managers'
-- approval limits (cm-danube 10,000 EUR, cm-all 100,000 EUR). The proof rules (webinar: an
-- invoice; event: an invoice and an attendee list) come with the schema. Ids below 1000 (the
-- generators start there). Idempotent: INSERT IGNORE.

INSERT IGNORE INTO mdf_program (id, name, period, currency, budget, starts_on, ends_on,
    request_deadline, claim_deadline, reimbursement_pct, coop_pct, overdraft_limit, gl_code,
    payment_method, created_by, created_at, updated_at, version) VALUES
  (1, '2027-Q1 Demand generation', '2027-Q1', 'EUR', 100000.0000, '2026-11-01', '2027-03-31',
    '2027-03-15', '2027-04-30', 50, 0, 0, '6400', 'credit_note', 'cm-all',
    '2026-11-02 09:00:00', '2026-11-02 09:00:00', 0);

INSERT IGNORE INTO mdf_program_activity (program_id, activity_type) VALUES
  (1, 'webinar'), (1, 'event'), (1, 'advertising'), (1, 'trade_show');

-- the program's own accounts, then each partner's five (allocation, reserved, payable, paid,
-- forfeited), in ascending ids
INSERT IGNORE INTO mdf_account (id, program_id, partner_id, kind, currency, balance,
    overdraft_limit, version) VALUES
  (1, 1, NULL, 'funding', 'EUR', -100000.0000, NULL, 1),
  (2, 1, NULL, 'budget', 'EUR', 55000.0000, 0, 4),
  (3, 1, 1, 'allocation', 'EUR', 20000.0000, 0, 1),
  (4, 1, 1, 'reserved', 'EUR', 0, 0, 0),
  (5, 1, 1, 'payable', 'EUR', 0, 0, 0),
  (6, 1, 1, 'paid', 'EUR', 0, 0, 0),
  (7, 1, 1, 'forfeited', 'EUR', 0, 0, 0),
  (8, 1, 2, 'allocation', 'EUR', 10000.0000, 0, 1),
  (9, 1, 2, 'reserved', 'EUR', 0, 0, 0),
  (10, 1, 2, 'payable', 'EUR', 0, 0, 0),
  (11, 1, 2, 'paid', 'EUR', 0, 0, 0),
  (12, 1, 2, 'forfeited', 'EUR', 0, 0, 0),
  (13, 1, 3, 'allocation', 'EUR', 15000.0000, 0, 1),
  (14, 1, 3, 'reserved', 'EUR', 0, 0, 0),
  (15, 1, 3, 'payable', 'EUR', 0, 0, 0),
  (16, 1, 3, 'paid', 'EUR', 0, 0, 0),
  (17, 1, 3, 'forfeited', 'EUR', 0, 0, 0);

INSERT IGNORE INTO mdf_journal_entry (id, entry_no, program_id, partner_id, debit_account_id,
    credit_account_id, amount, currency, reason, note, actor, created_at) VALUES
  (1, 1, 1, NULL, 1, 2, 100000.0000, 'EUR', 'funding', '2027-Q1 Demand generation', 'cm-all',
    '2026-11-02 09:00:00'),
  (2, 2, 1, 1, 2, 3, 20000.0000, 'EUR', 'allocation', NULL, 'cm-all', '2026-11-02 09:05:00'),
  (3, 3, 1, 2, 2, 8, 10000.0000, 'EUR', 'allocation', NULL, 'cm-all', '2026-11-02 09:06:00'),
  (4, 4, 1, 3, 2, 13, 15000.0000, 'EUR', 'allocation', NULL, 'cm-all', '2026-11-02 09:07:00');

INSERT IGNORE INTO mdf_approval_limit (username, currency, amount) VALUES
  ('cm-danube', 'EUR', 10000.0000),
  ('cm-all', 'EUR', 100000.0000);
