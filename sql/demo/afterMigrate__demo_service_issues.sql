-- Demo service issues (issue 11), a few per demo partner in different states: Northwind new, in
-- progress (with an internal note of the service) and solved; Baltic Tech waiting for the partner
-- (the clock paused) and closed; Danube new and in progress. Customers, orders and products are the
-- demo ones. Dates are relative to now, so the demo's clocks are running, paused or met, none
-- breached: the first run inserts them, every later run moves the demo rows nobody has touched
-- (the issue still at its seeded version, never escalated) forward by one shared offset, so on a
-- later day nothing of the demo breaches or auto-closes that was not meant to. Ids below 1000 (the
-- generators start there). Idempotent: INSERT IGNORE; the year's number counter is moved past the
-- demo numbers.

INSERT IGNORE INTO service_issue (id, number, partner_id, customer_id, customer_name, sku, product_name,
    serial_number, order_id, order_number, order_line_no, subject, description, priority, category, status,
    assignee, created_by, created_at, updated_at, public_updated_at, solution_text, solution_id, solved_at,
    closed_at, reopen_count, wait_reason, first_response_due, first_response_risk_at, resolution_due,
    resolution_risk_at, first_responded_at, resolved_at, sla_paused_since, sla_paused_minutes,
    first_response_breached, resolution_breached, escalated_at, version) VALUES
  (101, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00001'), 1, 20, 'Brauhaus Technik GmbH', 'NET-AP6',
    'Wireless access point Wi-Fi 6', 'AP6-22-004411', 102, 'CP-2026-000102', 1,
    'Access point drops clients every few minutes',
    'Since the firmware update the access point in the brewhouse drops all clients every 5-10 minutes. Power over Ethernet is stable.',
    'NORMAL', 'DEFECT', 'NEW', NULL, 'pe-northwind',
    UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR,
    NULL, NULL, NULL, NULL, 0, NULL,
    UTC_TIMESTAMP(6) + INTERVAL 22 HOUR, UTC_TIMESTAMP(6) + INTERVAL 18 HOUR,
    UTC_TIMESTAMP(6) + INTERVAL 5 DAY, UTC_TIMESTAMP(6) + INTERVAL 4 DAY,
    NULL, NULL, NULL, 0, FALSE, FALSE, NULL, 0),
  (102, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00002'), 1, 6, 'Isar Kliniken AG', 'NET-SW24',
    'Switch 24 port gigabit', 'SW24-21-118903', 101, 'CP-2026-000101', 1,
    'Switch does not power up',
    'One of the ten switches from our October order does not power up: no LEDs, the link LED stays off on every port. Tried another power cable and socket.',
    'HIGH', 'DEFECT', 'IN_PROGRESS', 'cm-all', 'pm-northwind',
    UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 20 HOUR, UTC_TIMESTAMP(6) - INTERVAL 20 HOUR,
    NULL, NULL, NULL, NULL, 0, NULL,
    UTC_TIMESTAMP(6) - INTERVAL 20 HOUR, UTC_TIMESTAMP(6) - INTERVAL 21 HOUR,
    UTC_TIMESTAMP(6) + INTERVAL 2 DAY, UTC_TIMESTAMP(6) + INTERVAL 1 DAY,
    UTC_TIMESTAMP(6) - INTERVAL 22 HOUR, NULL, NULL, 0, FALSE, FALSE, NULL, 1),
  (103, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00003'), 1, 1, 'Alpenbahn Logistik GmbH', 'SEC-FW100',
    'Firewall 100', 'FW100-20-000731', 103, 'CP-2026-000103', 1,
    'How to set up a site-to-site VPN',
    'The customer wants a site-to-site VPN between two depots. Which firmware version supports IKEv2 with certificates?',
    'LOW', 'QUESTION', 'SOLVED', 'cm-all', 'pm-northwind',
    UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY,
    'IKEv2 with certificates needs firmware 7.2 or later. Update the firewall, then import the CA under VPN > Certificates and choose "certificate" as the authentication of the tunnel.',
    NULL, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL, 0, NULL,
    UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 9 DAY, UTC_TIMESTAMP(6) + INTERVAL 7 DAY,
    UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 0,
    FALSE, FALSE, NULL, 2),
  (104, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00004'), 2, 3, 'Vilniaus Duomenys UAB', 'STO-NAS4',
    'NAS 4 bay', NULL, 104, 'CP-2026-000104', 1,
    'NAS reports a failed disk bay',
    'Bay 3 of the NAS shows a red LED with any disk we put in. The disks are fine in the other bays.',
    'NORMAL', 'DEFECT', 'WAITING_PARTNER', 'cm-all', 'pe-baltic',
    UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY,
    NULL, NULL, NULL, NULL, 0, 'Please send us the serial number of the NAS (label on the back) and a photo of the LEDs.',
    UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY - INTERVAL 2 HOUR,
    UTC_TIMESTAMP(6) + INTERVAL 4 DAY, UTC_TIMESTAMP(6) + INTERVAL 3 DAY,
    UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 0, FALSE, FALSE, NULL, 2),
  (105, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00005'), 2, 5, 'Riga Retail SIA', 'STO-SSD4T',
    'Enterprise SSD 3.84 TB', 'SSD4T-23-550190', 104, 'CP-2026-000104', 2,
    'SSD not recognised by the storage controller',
    'The controller of the customer''s server does not list the new SSD.',
    'LOW', 'INSTALLATION', 'CLOSED', 'cm-all', 'pm-baltic',
    UTC_TIMESTAMP(6) - INTERVAL 6 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY,
    'The controller needs firmware 4.1 for drives above 2 TB; after the update the SSD is listed.',
    NULL, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, 0, NULL,
    UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 5 DAY,
    UTC_TIMESTAMP(6) + INTERVAL 4 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY,
    UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, 0,
    FALSE, FALSE, NULL, 3),
  (106, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00006'), 3, 21, 'Donau Praxis Linz', 'NET-RTR1',
    'Branch router', 'RTR1-22-300017', 106, 'CP-2026-000106', 1,
    'Second WAN line does not fail over',
    'When the first WAN line goes down, the router does not switch to the second line; traffic stops until the first is back.',
    'HIGH', 'DEFECT', 'IN_PROGRESS', 'cm-danube', 'pm-danube',
    UTC_TIMESTAMP(6) - INTERVAL 5 HOUR, UTC_TIMESTAMP(6) - INTERVAL 4 HOUR, UTC_TIMESTAMP(6) - INTERVAL 4 HOUR,
    NULL, NULL, NULL, NULL, 0, NULL,
    UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR,
    UTC_TIMESTAMP(6) + INTERVAL 2 DAY, UTC_TIMESTAMP(6) + INTERVAL 1 DAY,
    UTC_TIMESTAMP(6) - INTERVAL 4 HOUR, NULL, NULL, 0, FALSE, FALSE, NULL, 1),
  (107, CONCAT('SI-', YEAR(UTC_TIMESTAMP()), '-00007'), 3, 4, 'Wiener Stadtwerke Digital', 'NET-AP6',
    'Wireless access point Wi-Fi 6', NULL, NULL, NULL, NULL,
    'Ceiling mount for high ceilings',
    'Is there a mount kit for ceilings above 6 m, or should the access points go on the walls?',
    'LOW', 'QUESTION', 'NEW', NULL, 'pm-danube',
    UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,
    NULL, NULL, NULL, NULL, 0, NULL,
    UTC_TIMESTAMP(6) + INTERVAL 2 DAY, UTC_TIMESTAMP(6) + INTERVAL 1 DAY + INTERVAL 12 HOUR,
    UTC_TIMESTAMP(6) + INTERVAL 10 DAY, UTC_TIMESTAMP(6) + INTERVAL 8 DAY,
    NULL, NULL, NULL, 0, FALSE, FALSE, NULL, 0);

INSERT IGNORE INTO service_issue_comment (id, issue_id, author, author_partner_id, internal, text, created_at) VALUES
  (101, 102, 'cm-all', NULL, FALSE, 'Thanks, we are checking the serial range of this batch. Is the fan spinning when it is plugged in?', UTC_TIMESTAMP(6) - INTERVAL 22 HOUR),
  (102, 102, 'pm-northwind', 1, FALSE, 'No, nothing at all: no fan, no LED.', UTC_TIMESTAMP(6) - INTERVAL 20 HOUR),
  (103, 102, 'cm-all', NULL, TRUE, 'Internal: power supply batch 21-11 has a known fault; a replacement is likely. Check RMA stock before promising a date.', UTC_TIMESTAMP(6) - INTERVAL 19 HOUR),
  (104, 103, 'cm-all', NULL, FALSE, 'IKEv2 with certificates needs firmware 7.2 or later; see the steps in the solution.', UTC_TIMESTAMP(6) - INTERVAL 1 DAY),
  (105, 104, 'cm-all', NULL, FALSE, 'Please send us the serial number of the NAS (label on the back) and a photo of the LEDs.', UTC_TIMESTAMP(6) - INTERVAL 1 DAY),
  (106, 106, 'cm-danube', NULL, FALSE, 'Which firmware does the router run? Please send the failover settings page.', UTC_TIMESTAMP(6) - INTERVAL 4 HOUR),
  (107, 106, 'cm-danube', NULL, TRUE, 'Internal: probably the known failover bug of firmware 3.0; 3.1 fixes it.', UTC_TIMESTAMP(6) - INTERVAL 3 HOUR);

INSERT IGNORE INTO service_issue_event (id, issue_id, at, actor, kind, detail, internal) VALUES
  (101, 101, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 'pe-northwind', 'created', 'normal, defect', FALSE),
  (102, 102, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'pm-northwind', 'created', 'high, defect', FALSE),
  (103, 102, UTC_TIMESTAMP(6) - INTERVAL 22 HOUR, 'cm-all', 'taken', NULL, FALSE),
  (104, 102, UTC_TIMESTAMP(6) - INTERVAL 22 HOUR, 'cm-all', 'commented', NULL, FALSE),
  (105, 102, UTC_TIMESTAMP(6) - INTERVAL 20 HOUR, 'pm-northwind', 'commented', NULL, FALSE),
  (106, 102, UTC_TIMESTAMP(6) - INTERVAL 19 HOUR, 'cm-all', 'note', NULL, TRUE),
  (107, 103, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, 'pm-northwind', 'created', 'low, question', FALSE),
  (108, 103, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'cm-all', 'taken', NULL, FALSE),
  (109, 103, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'cm-all', 'commented', NULL, FALSE),
  (110, 103, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'cm-all', 'solved', NULL, FALSE),
  (111, 104, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'pe-baltic', 'created', 'normal, defect', FALSE),
  (112, 104, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'cm-all', 'taken', NULL, FALSE),
  (113, 104, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'cm-all', 'waiting', 'partner: Please send us the serial number of the NAS (label on the back) and a photo of the LEDs.', FALSE),
  (114, 105, UTC_TIMESTAMP(6) - INTERVAL 6 DAY, 'pm-baltic', 'created', 'low, installation', FALSE),
  (115, 105, UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 'cm-all', 'taken', NULL, FALSE),
  (116, 105, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, 'cm-all', 'solved', NULL, FALSE),
  (117, 105, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, 'pm-baltic', 'closed', NULL, FALSE),
  (118, 106, UTC_TIMESTAMP(6) - INTERVAL 5 HOUR, 'pm-danube', 'created', 'high, defect', FALSE),
  (119, 106, UTC_TIMESTAMP(6) - INTERVAL 4 HOUR, 'cm-danube', 'taken', NULL, FALSE),
  (120, 106, UTC_TIMESTAMP(6) - INTERVAL 4 HOUR, 'cm-danube', 'commented', NULL, FALSE),
  (121, 106, UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, 'cm-danube', 'note', NULL, TRUE),
  (122, 107, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 'pm-danube', 'created', 'low, question', FALSE);

-- Later runs: the untouched demo rows forward by the time since the last run. The offset is
-- that of the first untouched issue against its seeded age (every untouched row moved together
-- so far, so any of them gives the same one); comments and events before their issues, whose
-- move makes the offset zero.
UPDATE service_issue_comment c
  JOIN service_issue i ON i.id = c.issue_id
  JOIN (SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, UTC_TIMESTAMP(6) - INTERVAL
      (CASE o.id WHEN 101 THEN 120 WHEN 102 THEN 1440 WHEN 103 THEN 4320 WHEN 104 THEN 2880
        WHEN 105 THEN 8640 WHEN 106 THEN 300 ELSE 60 END) MINUTE) AS d
    FROM service_issue o
    WHERE (o.id, o.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND o.escalated_at IS NULL
    ORDER BY o.id LIMIT 1) s
SET c.created_at = c.created_at + INTERVAL s.d MICROSECOND
WHERE c.id BETWEEN 101 AND 107 AND s.d > 0
  AND (i.id, i.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND i.escalated_at IS NULL;

UPDATE service_issue_event e
  JOIN service_issue i ON i.id = e.issue_id
  JOIN (SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, UTC_TIMESTAMP(6) - INTERVAL
      (CASE o.id WHEN 101 THEN 120 WHEN 102 THEN 1440 WHEN 103 THEN 4320 WHEN 104 THEN 2880
        WHEN 105 THEN 8640 WHEN 106 THEN 300 ELSE 60 END) MINUTE) AS d
    FROM service_issue o
    WHERE (o.id, o.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND o.escalated_at IS NULL
    ORDER BY o.id LIMIT 1) s
SET e.at = e.at + INTERVAL s.d MICROSECOND
WHERE e.id BETWEEN 101 AND 122 AND s.d > 0
  AND (i.id, i.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND i.escalated_at IS NULL;

UPDATE service_issue i
  JOIN (SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, UTC_TIMESTAMP(6) - INTERVAL
      (CASE o.id WHEN 101 THEN 120 WHEN 102 THEN 1440 WHEN 103 THEN 4320 WHEN 104 THEN 2880
        WHEN 105 THEN 8640 WHEN 106 THEN 300 ELSE 60 END) MINUTE) AS d
    FROM service_issue o
    WHERE (o.id, o.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND o.escalated_at IS NULL
    ORDER BY o.id LIMIT 1) s
SET i.created_at = i.created_at + INTERVAL s.d MICROSECOND,
    i.updated_at = i.updated_at + INTERVAL s.d MICROSECOND,
    i.public_updated_at = i.public_updated_at + INTERVAL s.d MICROSECOND,
    i.solved_at = i.solved_at + INTERVAL s.d MICROSECOND,
    i.closed_at = i.closed_at + INTERVAL s.d MICROSECOND,
    i.first_response_due = i.first_response_due + INTERVAL s.d MICROSECOND,
    i.first_response_risk_at = i.first_response_risk_at + INTERVAL s.d MICROSECOND,
    i.resolution_due = i.resolution_due + INTERVAL s.d MICROSECOND,
    i.resolution_risk_at = i.resolution_risk_at + INTERVAL s.d MICROSECOND,
    i.first_responded_at = i.first_responded_at + INTERVAL s.d MICROSECOND,
    i.resolved_at = i.resolved_at + INTERVAL s.d MICROSECOND,
    i.sla_paused_since = i.sla_paused_since + INTERVAL s.d MICROSECOND
WHERE s.d > 0
  AND (i.id, i.version) IN ((101, 0), (102, 1), (103, 2), (104, 2), (105, 3), (106, 1), (107, 0))
    AND i.escalated_at IS NULL;

INSERT INTO issue_number_seq (year, next_val) VALUES (YEAR(UTC_TIMESTAMP()), 7)
  ON DUPLICATE KEY UPDATE next_val = GREATEST(next_val, 7);
