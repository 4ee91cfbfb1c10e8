-- Demo data of the partner program (issue 14): what silver, gold and platinum require over the
-- last 12 months, and the certifications of some demo users. With the demo orders, Baltic Tech
-- (silver) meets every gold requirement (a candidate for promotion), Danube Solutions (platinum)
-- misses its own tier's order revenue (due for demotion), and Northwind Systems (gold) misses
-- among others the platinum tier's certified employees (one of three). Ids below 1000 (the
-- generator starts there). Idempotent: INSERT IGNORE.

INSERT IGNORE INTO program_requirement (tier, metric, threshold) VALUES
  ('SILVER', 'ORDER_REVENUE', 5000),
  ('SILVER', 'CERTIFIED_EMPLOYEES', 1),
  ('SILVER', 'SERVICE_SLA', 70),
  ('GOLD', 'ORDER_REVENUE', 15000),
  ('GOLD', 'CERTIFIED_EMPLOYEES', 1),
  ('GOLD', 'SERVICE_SLA', 80),
  ('PLATINUM', 'ORDER_REVENUE', 50000),
  ('PLATINUM', 'WON_LEADS', 2),
  ('PLATINUM', 'APPROVED_DEALS', 1),
  ('PLATINUM', 'CERTIFIED_EMPLOYEES', 3),
  ('PLATINUM', 'SERVICE_SLA', 90);

INSERT IGNORE INTO partner_certification (id, partner_id, username, name, issued_on, expires_on,
    created_by, created_at, version) VALUES
  (1, 1, 'pm-northwind', 'Certified Network Professional', '2026-03-02', '2028-03-01', 'cm-all',
    '2026-03-02 10:00:00', 0),
  (2, 1, 'pe-northwind', 'Certified Network Associate', '2024-05-10', '2026-05-09', 'cm-all',
    '2024-05-10 10:00:00', 0),
  (3, 2, 'pm-baltic', 'Certified Storage Specialist', '2026-06-15', NULL, 'cm-all',
    '2026-06-15 10:00:00', 0),
  (4, 3, 'pm-danube', 'Certified Network Professional', '2025-09-01', '2027-08-31', 'cm-all',
    '2025-09-01 10:00:00', 0);
