-- Demo catalog, price lists and showrooms (after afterMigrate__demo_data.sql, which has the partners).
-- Idempotent: rows that already exist (perhaps edited since) are left as they are.

INSERT IGNORE INTO catalog_category (id, code, name, parent_id, sort_order) VALUES
  (1, 'networking', 'Networking', NULL, 1),
  (2, 'security', 'Security', NULL, 2),
  (3, 'storage', 'Storage', NULL, 3),
  (4, 'cloud', 'Cloud', NULL, 4),
  (5, 'services', 'Services', NULL, 5),
  (6, 'switches', 'Switches', 1, 1),
  (7, 'wireless', 'Wireless', 1, 2);

UPDATE catalog_revision SET revision = GREATEST(revision, 1) WHERE id = 1;
INSERT IGNORE INTO catalog_revision_log (revision, at) VALUES (1, '2026-01-05 09:00:00');

INSERT IGNORE INTO product (id, sku, name, description, category_id, manufacturer, manufacturer_part_number,
    weight_kg, delivery_days, image_url, base_price, currency, active, attributes, stock, content_hash,
    revision, created_at, updated_at) VALUES
  (1, 'NET-SW24', 'Switch 24 port gigabit', 'Managed layer 2 switch with 24 gigabit ports and 4 SFP uplinks.', 6, 'Acme Networks', 'AN-SW24G', 3.200, 3, NULL, 899.00, 'EUR', TRUE, '{"ports":"24","uplinks":"4 SFP"}', '{"main":"120","north":"15"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (2, 'NET-SW48', 'Switch 48 port gigabit', 'Managed layer 3 switch with 48 gigabit ports, PoE+ and 4 SFP+ uplinks.', 6, 'Acme Networks', 'AN-SW48P', 5.400, 5, NULL, 2490.00, 'EUR', TRUE, '{"ports":"48","poe":"yes"}', '{"main":"40"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (3, 'NET-RTR1', 'Branch router', 'Router for branch offices with VPN and dual WAN.', 1, 'Acme Networks', 'AN-BR1', 1.800, 4, NULL, 649.00, 'EUR', TRUE, '{"wan":"2"}', '{"main":"60"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (4, 'NET-AP6', 'Wireless access point Wi-Fi 6', 'Ceiling access point, Wi-Fi 6, two radios, PoE powered.', 7, 'Acme Networks', 'AN-AP6', 0.600, 2, NULL, 329.00, 'EUR', TRUE, '{"standard":"802.11ax"}', '{"main":"300","north":"80"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (5, 'NET-AP7', 'Wireless access point Wi-Fi 7', 'Tri-band access point, Wi-Fi 7, for dense offices.', 7, 'Acme Networks', 'AN-AP7', 0.800, 10, NULL, 549.00, 'EUR', TRUE, '{"standard":"802.11be"}', '{"main":"25"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (6, 'SEC-FW100', 'Firewall 100', 'Next generation firewall for small offices, 1 Gbit/s throughput.', 2, 'Shieldline', 'SL-FW100', 2.100, 3, NULL, 1190.00, 'EUR', TRUE, '{"throughput":"1 Gbit/s"}', '{"main":"35"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (7, 'SEC-FW500', 'Firewall 500', 'Next generation firewall for data centres, 10 Gbit/s throughput.', 2, 'Shieldline', 'SL-FW500', 7.900, 7, NULL, 6900.00, 'EUR', TRUE, '{"throughput":"10 Gbit/s"}', '{"main":"6"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (8, 'SEC-EDR-1Y', 'Endpoint protection, 1 year', 'Endpoint detection and response, one device, one year subscription.', 2, 'Shieldline', 'SL-EDR1', NULL, 1, NULL, 59.00, 'EUR', TRUE, '{"term":"12 months"}', NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (9, 'SEC-MFA-1Y', 'Multi-factor authentication, 1 year', 'Hosted MFA for one user, one year.', 2, 'Shieldline', 'SL-MFA1', NULL, 1, NULL, 36.00, 'EUR', TRUE, NULL, NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (10, 'STO-NAS4', 'NAS 4 bay', 'Network attached storage with 4 drive bays, RAID 5/6, 2 x 2.5 GbE.', 3, 'Datavault', 'DV-N4', 4.300, 5, NULL, 799.00, 'EUR', TRUE, '{"bays":"4"}', '{"main":"50"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (11, 'STO-NAS12', 'NAS 12 bay rack', 'Rack storage with 12 drive bays and 10 GbE.', 3, 'Datavault', 'DV-R12', 14.800, 14, NULL, 4290.00, 'EUR', TRUE, '{"bays":"12","rack":"2U"}', '{"main":"8"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (12, 'STO-SSD4T', 'Enterprise SSD 3.84 TB', 'NVMe SSD for servers and storage, 3.84 TB.', 3, 'Datavault', 'DV-SSD384', 0.100, 3, NULL, 689.00, 'EUR', TRUE, '{"capacity":"3.84 TB"}', '{"main":"400"}', 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (13, 'STO-BKP-1Y', 'Backup appliance support, 1 year', 'Next business day replacement for the backup appliance.', 3, 'Datavault', 'DV-SUP1', NULL, 1, NULL, 390.00, 'EUR', FALSE, NULL, NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (14, 'CLD-BKP-100', 'Cloud backup 100 GB', 'Offsite backup of 100 GB, per month.', 4, 'Skyhold', 'SH-B100', NULL, 1, NULL, 9.90, 'EUR', TRUE, '{"term":"monthly"}', NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (15, 'CLD-BKP-1T', 'Cloud backup 1 TB', 'Offsite backup of 1 TB, per month.', 4, 'Skyhold', 'SH-B1T', NULL, 1, NULL, 69.00, 'EUR', TRUE, '{"term":"monthly"}', NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (16, 'CLD-VM-S', 'Cloud server small', 'Virtual server with 2 vCPU and 4 GB memory, per month.', 4, 'Skyhold', 'SH-VMS', NULL, 1, NULL, 29.00, 'EUR', TRUE, '{"vcpu":"2","memory":"4 GB"}', NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (17, 'CLD-VM-L', 'Cloud server large', 'Virtual server with 8 vCPU and 32 GB memory, per month.', 4, 'Skyhold', 'SH-VML', NULL, 1, NULL, 189.00, 'EUR', TRUE, '{"vcpu":"8","memory":"32 GB"}', NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (18, 'SRV-INST', 'Installation service', 'On-site installation and configuration by a certified engineer, per day.', 5, 'Channelport Services', 'CS-INST', NULL, 10, NULL, 950.00, 'EUR', TRUE, NULL, NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (19, 'SRV-AUDIT', 'Network security audit', 'Security audit of a network up to 250 devices, with a written report.', 5, 'Channelport Services', 'CS-AUD', NULL, 15, NULL, 3400.00, 'EUR', TRUE, NULL, NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00'),
  (20, 'SRV-CARE-3Y', 'Care pack 3 years', 'Extended warranty with next business day replacement, three years.', 5, 'Channelport Services', 'CS-CARE3', NULL, 1, NULL, 290.00, 'EUR', TRUE, NULL, NULL, 'demo', 1, '2026-01-05 09:00:00', '2026-01-05 09:00:00');

INSERT IGNORE INTO catalog_column (kind, name) VALUES
  ('attr', 'ports'), ('attr', 'uplinks'), ('attr', 'poe'), ('attr', 'wan'), ('attr', 'standard'),
  ('attr', 'throughput'), ('attr', 'term'), ('attr', 'bays'), ('attr', 'rack'), ('attr', 'capacity'),
  ('attr', 'vcpu'), ('attr', 'memory'), ('stock', 'main'), ('stock', 'north');

-- Tier discounts: only where still at the migration's default of 0.
UPDATE tier_discount SET discount_pct = 5, updated_by = 'demo' WHERE tier = 'SILVER' AND updated_by = 'system';
UPDATE tier_discount SET discount_pct = 12, updated_by = 'demo' WHERE tier = 'GOLD' AND updated_by = 'system';
UPDATE tier_discount SET discount_pct = 18, updated_by = 'demo' WHERE tier = 'PLATINUM' AND updated_by = 'system';

INSERT IGNORE INTO contract_price (id, partner_id, product_id, price, currency, valid_from, valid_to, created_by, created_at) VALUES
  (1, 1, 1, 700.00, 'EUR', '2026-01-01', NULL, 'cm-all', '2026-01-05 09:00:00'),
  (2, 2, 10, 640.00, 'EUR', '2026-01-01', '2030-12-31', 'cm-all', '2026-01-05 09:00:00');

INSERT IGNORE INTO showroom (partner_id, slug, intro, contact_email, contact_phone, price_adjustment_pct, updated_at) VALUES
  (1, 'northwind-systems', 'Networking and security for Bavarian businesses, installed by our own engineers.', 'sales@northwind.example', '+49 89 555 0100', 0, '2026-01-05 09:00:00'),
  (2, 'baltic-tech', 'Storage and cloud for the Baltics.', 'hello@baltictech.example', '+370 5 555 0200', 0, '2026-02-10 09:00:00'),
  (3, 'danube-solutions', 'Networks and services along the Danube.', 'office@danube.example', '+43 1 555 0300', 5, '2026-03-15 09:00:00');

INSERT IGNORE INTO showroom_featured (partner_id, product_id) VALUES (1, 4), (1, 6), (2, 10), (2, 15);
