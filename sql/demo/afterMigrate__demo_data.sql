-- Demo data, applied after every migration when channelport.demo-data=true.
-- Idempotent: rows that already exist (perhaps edited since) are left as they are.
-- The partner ids match the partner_id attribute of the partner groups in realm-config/.

INSERT IGNORE INTO id_generator (name, next_val) VALUES
  ('partner', 1000), ('portfolio_assignment', 1000), ('partner_user', 1000), ('partner_application', 1000);

INSERT IGNORE INTO partner (id, name, account_number, tier, country, region, specialisations,
    contact_name, contact_email, contact_phone, billing_postcode, status, created_at, updated_at, version) VALUES
  (1, 'Northwind Systems', 'NW-10001', 'GOLD', 'DE', 'Bavaria', 'networking,security',
    'Nora Winter', 'nora.winter@northwind.example', '+49 89 555 0101', '80331', 'ACTIVE',
    '2026-01-05 09:00:00', '2026-01-05 09:00:00', 0),
  (2, 'Baltic Tech', 'BT-20002', 'SILVER', 'LT', 'Vilnius', 'storage,cloud',
    'Jonas Petrauskas', 'jonas@baltictech.example', '+370 5 555 0202', 'LT-01103', 'ACTIVE',
    '2026-02-10 09:00:00', '2026-02-10 09:00:00', 0),
  (3, 'Danube Solutions', 'DS-30003', 'PLATINUM', 'AT', 'Vienna', 'networking,services',
    'Dana Huber', 'dana.huber@danube.example', '+43 1 555 0303', '1010', 'ACTIVE',
    '2026-03-15 09:00:00', '2026-03-15 09:00:00', 0);

INSERT IGNORE INTO portfolio_assignment (id, manager_username, partner_id, assigned_at, assigned_by) VALUES
  (1, 'cm-all', 1, '2026-01-05 09:00:00', 'system'),
  (2, 'cm-all', 2, '2026-01-05 09:00:00', 'system'),
  (3, 'cm-all', 3, '2026-01-05 09:00:00', 'system'),
  (4, 'cm-danube', 3, '2026-01-05 09:00:00', 'system');

INSERT IGNORE INTO partner_user (id, partner_id, username, display_name, email, role, version) VALUES
  (1, 1, 'pm-northwind', 'Paula Northwind', 'pm@northwind.example', 'partner-manager', 0),
  (2, 1, 'pe-northwind', 'Peter Northwind', 'pe@northwind.example', 'partner-employee', 0),
  (3, 2, 'pm-baltic', 'Paulius Baltic', 'pm@baltictech.example', 'partner-manager', 0),
  (4, 2, 'pe-baltic', 'Egle Baltic', 'pe@baltictech.example', 'partner-employee', 0),
  (5, 3, 'pm-danube', 'Martin Danube', 'pm@danube.example', 'partner-manager', 0);

INSERT IGNORE INTO partner_application (id, company_name, country, region, specialisations, contact_name,
    contact_email, contact_phone, message, status, submitted_at, version) VALUES
  (1, 'Carpathia Networks', 'RO', 'Cluj', 'networking', 'Ioana Pop', 'ioana.pop@carpathia.example',
    '+40 264 555 0404', 'We resell networking gear in Transylvania and would like to join.', 'SUBMITTED',
    '2026-11-20 10:15:00', 0);
