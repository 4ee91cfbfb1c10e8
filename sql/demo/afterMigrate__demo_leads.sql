-- Demo leads, customers, dispatch rules (applied after every migration with channelport.demo-data=true).
-- Idempotent: rows that already exist (perhaps worked on since) are left as they are.

INSERT IGNORE INTO partner_routing (partner_id, max_open_leads, takes_rule_leads) VALUES
  (1, 40, TRUE), (2, 25, TRUE), (3, 60, TRUE);

INSERT IGNORE INTO partner_territory (id, partner_id, country, region, postcode_prefix) VALUES
  (1, 1, 'DE', NULL, NULL),
  (2, 2, 'LT', NULL, NULL),
  (3, 2, 'LV', NULL, NULL),
  (4, 2, 'EE', NULL, NULL),
  (5, 3, 'AT', NULL, NULL),
  (6, 3, 'DE', NULL, '8');

INSERT IGNORE INTO customer (id, company, company_key, email, email_domain, country, created_at, version) VALUES
  (1, 'Alpenbahn Logistik GmbH', 'alpenbahn logistik', 'it@alpenbahn.example', 'alpenbahn.example', 'DE', '2026-11-02 08:00:00', 0),
  (2, 'Hafen Klinikum Hamburg', 'hafen klinikum hamburg', 'einkauf@hafenklinikum.example', 'hafenklinikum.example', 'DE', '2026-11-03 08:00:00', 0),
  (3, 'Vilniaus Duomenys UAB', 'vilniaus duomenys', 'cto@vduomenys.example', 'vduomenys.example', 'LT', '2026-11-04 08:00:00', 0),
  (4, 'Wiener Stadtwerke Digital', 'wiener stadtwerke digital', 'office@wsd.example', 'wsd.example', 'AT', '2026-11-05 08:00:00', 0),
  (5, 'Riga Retail SIA', 'riga retail sia', 'it@rigaretail.example', 'rigaretail.example', 'LV', '2026-11-06 08:00:00', 0),
  (6, 'Isar Kliniken AG', 'isar kliniken', 'it@isarkliniken.example', 'isarkliniken.example', 'DE', '2026-11-07 08:00:00', 0),
  (7, 'Salzach Seilbahnen GmbH', 'salzach seilbahnen', 'technik@salzach-seilbahnen.example', 'salzach-seilbahnen.example', 'AT', '2026-11-08 08:00:00', 0);

INSERT IGNORE INTO sales_lead (id, customer_id, partner_id, assigned_username, company, company_key, contact_name,
    email, email_domain, phone, country, region, postcode, need, category, products, estimated_value, currency,
    source, status, no_partner_available, status_reason, dispatched_at, accept_due_at, accepted_at,
    dispatch_explanation, created_by, created_at, updated_at, version) VALUES
  (1, 1, NULL, NULL, 'Alpenbahn Logistik GmbH', 'alpenbahn logistik', 'Anna Berger', 'it@alpenbahn.example',
    'alpenbahn.example', '+49 89 555 1001', 'DE', 'Bavaria', '80335', 'New firewall cluster for three depots',
    'security', NULL, 48000.00, 'EUR', 'CHANNEL_MANAGER', 'NEW', FALSE, NULL, NULL, NULL, NULL, NULL,
    'cm-all', '2026-11-20 09:00:00', '2026-11-20 09:00:00', 0),
  (2, 2, NULL, NULL, 'Hafen Klinikum Hamburg', 'hafen klinikum hamburg', 'Jens Ahrens', 'einkauf@hafenklinikum.example',
    'hafenklinikum.example', '+49 40 555 2002', 'DE', 'Hamburg', '20095', 'Campus Wi-Fi refresh, 400 access points',
    'networking', NULL, 210000.00, 'EUR', 'CHANNEL_MANAGER', 'NEW', FALSE, NULL, NULL, NULL, NULL, NULL,
    'cm-all', '2026-11-21 09:00:00', '2026-11-21 09:00:00', 0),
  (3, 3, 2, NULL, 'Vilniaus Duomenys UAB', 'vilniaus duomenys', 'Rūta Kazlauskienė', 'cto@vduomenys.example',
    'vduomenys.example', '+370 5 555 3003', 'LT', 'Vilnius', 'LT-01100', 'Backup storage for a new data centre',
    'storage', NULL, 95000.00, 'EUR', 'CHANNEL_MANAGER', 'DISPATCHED', FALSE, NULL, '2026-11-22 10:00:00',
    UTC_TIMESTAMP(6) + INTERVAL 30 HOUR, NULL, '{"mode":"manual","by":"cm-all","partnerId":2}', 'cm-all',
    '2026-11-22 09:00:00', '2026-11-22 10:00:00', 0),
  (4, 4, 3, NULL, 'Wiener Stadtwerke Digital', 'wiener stadtwerke digital', 'Lukas Gruber', 'office@wsd.example',
    'wsd.example', '+43 1 555 4004', 'AT', 'Vienna', '1030', 'Managed network services for 12 sites',
    'services', NULL, 130000.00, 'EUR', 'CHANNEL_MANAGER', 'ACCEPTED', FALSE, NULL, '2026-11-18 10:00:00',
    NULL, '2026-11-18 15:00:00', '{"mode":"manual","by":"cm-danube","partnerId":3}', 'cm-danube',
    '2026-11-18 09:00:00', '2026-11-18 15:00:00', 0),
  (5, 6, 1, 'pe-northwind', 'Isar Kliniken AG', 'isar kliniken', 'Dr. Sabine Huber', 'it@isarkliniken.example',
    'isarkliniken.example', '+49 89 555 6006', 'DE', 'Bavaria', '81675', 'Segmented network for medical devices',
    'networking', NULL, 76000.00, 'EUR', 'CHANNEL_MANAGER', 'ACCEPTED', FALSE, NULL, '2026-11-16 10:00:00',
    NULL, '2026-11-16 12:00:00', '{"mode":"manual","by":"cm-all","partnerId":1}', 'cm-all',
    '2026-11-16 09:00:00', '2026-11-17 09:00:00', 0),
  (6, 1, 1, NULL, 'Alpenbahn Logistik GmbH', 'alpenbahn logistik', 'Anna Berger', 'it@alpenbahn.example',
    'alpenbahn.example', '+49 89 555 1001', 'DE', 'Bavaria', '80335', 'Switches for the Munich depot',
    'networking', NULL, 22000.00, 'EUR', 'CHANNEL_MANAGER', 'DISPATCHED', FALSE, NULL, '2026-11-22 14:00:00',
    UTC_TIMESTAMP(6) + INTERVAL 40 HOUR, NULL, '{"mode":"manual","by":"cm-all","partnerId":1}', 'cm-all',
    '2026-11-22 13:00:00', '2026-11-22 14:00:00', 0),
  (7, 5, 2, NULL, 'Riga Retail SIA', 'riga retail sia', 'Kristaps Ozols', 'it@rigaretail.example',
    'rigaretail.example', '+371 6 555 7007', 'LV', 'Riga', 'LV-1050', 'Cloud backup for 40 stores',
    'cloud', NULL, 38000.00, 'EUR', 'CHANNEL_MANAGER', 'ACCEPTED', FALSE, NULL, '2026-11-12 10:00:00',
    NULL, '2026-11-12 11:00:00', '{"mode":"manual","by":"cm-all","partnerId":2}', 'cm-all',
    '2026-11-12 09:00:00', '2026-11-12 11:00:00', 0);

INSERT IGNORE INTO lead_event (id, lead_id, at, actor, type, partner_id, internal, detail) VALUES
  (1, 1, '2026-11-20 09:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (2, 2, '2026-11-21 09:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (3, 3, '2026-11-22 09:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (4, 3, '2026-11-22 10:00:00', 'cm-all', 'DISPATCHED', 2, FALSE, '{"mode":"manual","by":"cm-all","partnerId":2}'),
  (5, 4, '2026-11-18 09:00:00', 'cm-danube', 'CREATED', NULL, FALSE, 'channel_manager'),
  (6, 4, '2026-11-18 10:00:00', 'cm-danube', 'DISPATCHED', 3, FALSE, '{"mode":"manual","by":"cm-danube","partnerId":3}'),
  (7, 4, '2026-11-18 15:00:00', 'pm-danube', 'ACCEPTED', 3, FALSE, NULL),
  (8, 5, '2026-11-16 09:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (9, 5, '2026-11-16 10:00:00', 'cm-all', 'DISPATCHED', 1, FALSE, '{"mode":"manual","by":"cm-all","partnerId":1}'),
  (10, 5, '2026-11-16 12:00:00', 'pm-northwind', 'ACCEPTED', 1, FALSE, NULL),
  (11, 5, '2026-11-17 09:00:00', 'pm-northwind', 'ASSIGNED', 1, FALSE, 'pe-northwind'),
  (12, 6, '2026-11-22 13:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (13, 6, '2026-11-22 14:00:00', 'cm-all', 'DISPATCHED', 1, FALSE, '{"mode":"manual","by":"cm-all","partnerId":1}'),
  (14, 7, '2026-11-12 09:00:00', 'cm-all', 'CREATED', NULL, FALSE, 'channel_manager'),
  (15, 7, '2026-11-12 10:00:00', 'cm-all', 'DISPATCHED', 2, FALSE, '{"mode":"manual","by":"cm-all","partnerId":2}'),
  (16, 7, '2026-11-12 11:00:00', 'pm-baltic', 'ACCEPTED', 2, FALSE, NULL);

-- A customer Danube Solutions found itself: known to the portal only through its deal registration.
INSERT IGNORE INTO deal_registration (id, partner_id, customer_id, lead_id, submitted_by, company, company_key,
    contact_name, email, email_domain, phone, country, categories, products, estimated_value, currency,
    expected_close, description, status, has_conflict, submitted_at, updated_at, version) VALUES
  (1, 3, 7, NULL, 'pm-danube', 'Salzach Seilbahnen GmbH', 'salzach seilbahnen', 'Maria Pichler',
    'technik@salzach-seilbahnen.example', 'salzach-seilbahnen.example', '+43 662 555 7007', 'AT', 'security',
    'FW-500 x4', 64000.00, 'EUR', '2027-03-31', 'Firewalls for the valley stations', 'SUBMITTED', FALSE,
    '2026-11-19 09:00:00', '2026-11-19 09:00:00', 0);
