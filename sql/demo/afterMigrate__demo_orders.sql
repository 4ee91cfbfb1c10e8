-- Demo data of the order capability (issue 10): two warehouses with the demo products' stock
-- split between them, carriers with tracking links, Northwind's approval limit, the partners'
-- accounts in the ERP (Baltic Tech over its credit limit), a few past orders per partner (some
-- shipped with tracking) and one offline order of Northwind entered in the ERP. Ids below 1000
-- (the generators start there). Idempotent: INSERT IGNORE.

INSERT IGNORE INTO warehouse (code, name, sort_order) VALUES
  ('main', 'Main warehouse (Nuremberg)', 1),
  ('east', 'East warehouse (Wroclaw)', 2);

-- as of yesterday 14:02 in the ERP; STO-NAS12 is out of stock everywhere ("tell me when it is back")
INSERT IGNORE INTO stock_level (sku, warehouse_code, quantity, as_of) VALUES
  ('NET-SW24', 'main', 120, '2026-12-01 14:02:00'), ('NET-SW24', 'east', 15, '2026-12-01 14:02:00'),
  ('NET-SW48', 'main', 30, '2026-12-01 14:02:00'),  ('NET-SW48', 'east', 10, '2026-12-01 14:02:00'),
  ('NET-RTR1', 'main', 45, '2026-12-01 14:02:00'),  ('NET-RTR1', 'east', 15, '2026-12-01 14:02:00'),
  ('NET-AP6', 'main', 300, '2026-12-01 14:02:00'),  ('NET-AP6', 'east', 80, '2026-12-01 14:02:00'),
  ('NET-AP7', 'main', 25, '2026-12-01 14:02:00'),   ('NET-AP7', 'east', 0, '2026-12-01 14:02:00'),
  ('SEC-FW100', 'main', 20, '2026-12-01 14:02:00'), ('SEC-FW100', 'east', 15, '2026-12-01 14:02:00'),
  ('SEC-FW500', 'main', 4, '2026-12-01 14:02:00'),  ('SEC-FW500', 'east', 2, '2026-12-01 14:02:00'),
  ('STO-NAS4', 'main', 35, '2026-12-01 14:02:00'),  ('STO-NAS4', 'east', 15, '2026-12-01 14:02:00'),
  ('STO-NAS12', 'main', 0, '2026-12-01 14:02:00'),  ('STO-NAS12', 'east', 0, '2026-12-01 14:02:00'),
  ('STO-SSD4T', 'main', 250, '2026-12-01 14:02:00'), ('STO-SSD4T', 'east', 150, '2026-12-01 14:02:00');

INSERT IGNORE INTO carrier (code, name, tracking_url_template) VALUES
  ('dhl', 'DHL Parcel', 'https://www.dhl.com/de-en/home/tracking.html?tracking-id={tracking}'),
  ('ups', 'UPS', 'https://www.ups.com/track?tracknum={tracking}'),
  ('dpd', 'DPD', 'https://tracking.dpd.de/status/en_US/parcel/{tracking}');

INSERT IGNORE INTO order_policy (partner_id, employee_approval_limit, currency) VALUES
  (1, 5000.00, 'EUR');

-- Baltic Tech: open amount above its credit limit, so its next order goes on credit hold
INSERT IGNORE INTO partner_account (partner_id, credit_limit, open_amount, currency, on_hold, as_of) VALUES
  (1, 50000.00, 12400.00, 'EUR', FALSE, '2026-12-01 14:02:00'),
  (2, 20000.00, 21850.00, 'EUR', FALSE, '2026-12-01 14:02:00'),
  (3, 80000.00, 9300.00, 'EUR', FALSE, '2026-12-01 14:02:00');

INSERT IGNORE INTO customer (id, company, company_key, email, email_domain, country, created_at, version) VALUES
  (20, 'Brauhaus Technik GmbH', 'brauhaus technik', 'it@brauhaus-technik.example', 'brauhaus-technik.example', 'DE', '2026-10-01 08:00:00', 0),
  (21, 'Donau Praxis Linz', 'donau praxis linz', 'office@donaupraxis.example', 'donaupraxis.example', 'AT', '2026-10-02 08:00:00', 0);

INSERT IGNORE INTO sales_order (id, number, partner_id, placed_by, kind, origin, customer_id, po_number,
    ship_to_name, ship_to_street, ship_to_postcode, ship_to_city, ship_to_country, requested_delivery, note,
    status, status_reason, sync_state, erp_number, erp_updated_at, credit_hold, credit_hold_reason,
    currency, total, next_line_no, submitted_at, order_date, created_at, updated_at, version) VALUES
  (101, 'CP-2026-000101', 1, 'pm-northwind', 'REPLENISHMENT', 'PORTAL', NULL, 'NW-PO-2231',
    NULL, NULL, NULL, NULL, NULL, '2026-10-20', NULL,
    'SHIPPED', NULL, 'ACKNOWLEDGED', 'SO-5101', '2026-10-16 09:30:00', FALSE, NULL,
    'EUR', 10706.80, 3, '2026-10-12 08:10:00', '2026-10-12', '2026-10-12 08:00:00', '2026-10-16 09:30:00', 0),
  (102, 'CP-2026-000102', 1, 'pe-northwind', 'ON_BEHALF', 'PORTAL', 20, 'BT-4471',
    'Brauhaus Technik GmbH', 'Sudhausweg 4', '80337', 'Munich', 'DE', '2026-12-10', 'Deliver to the goods entrance',
    'CONFIRMED', NULL, 'ACKNOWLEDGED', 'SO-5188', '2026-11-25 11:00:00', FALSE, NULL,
    'EUR', 2316.16, 2, '2026-11-25 10:00:00', '2026-11-25', '2026-11-25 09:40:00', '2026-11-25 11:00:00', 0),
  (103, 'CP-2026-000103', 1, 'erp', 'REPLENISHMENT', 'ERP', NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    'DELIVERED', NULL, 'ACKNOWLEDGED', 'SO-4990', '2026-09-30 16:00:00', FALSE, NULL,
    'EUR', 4731.20, 2, NULL, '2026-09-22', '2026-09-22 12:00:00', '2026-09-30 16:00:00', 0),
  (104, 'CP-2026-000104', 2, 'pm-baltic', 'REPLENISHMENT', 'PORTAL', NULL, 'BT-PO-88',
    NULL, NULL, NULL, NULL, NULL, '2026-11-30', NULL,
    'PARTLY_SHIPPED', NULL, 'ACKNOWLEDGED', 'SO-5170', '2026-11-24 15:00:00', FALSE, NULL,
    'EUR', 12172.35, 3, '2026-11-18 13:00:00', '2026-11-18', '2026-11-18 12:45:00', '2026-11-24 15:00:00', 0),
  (105, 'CP-2026-000105', 2, 'pe-baltic', 'REPLENISHMENT', 'PORTAL', NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    'DELIVERED', NULL, 'ACKNOWLEDGED', 'SO-5022', '2026-10-08 10:00:00', FALSE, NULL,
    'EUR', 3129.30, 2, '2026-10-01 09:00:00', '2026-10-01', '2026-10-01 08:55:00', '2026-10-08 10:00:00', 0),
  (106, 'CP-2026-000106', 3, 'pm-danube', 'ON_BEHALF', 'PORTAL', 21, 'DP-19',
    'Donau Praxis Linz', 'Hauptplatz 7', '4020', 'Linz', 'AT', '2026-11-28', NULL,
    'SHIPPED', NULL, 'ACKNOWLEDGED', 'SO-5160', '2026-11-23 08:00:00', FALSE, NULL,
    'EUR', 1354.64, 3, '2026-11-19 14:00:00', '2026-11-19', '2026-11-19 13:30:00', '2026-11-23 08:00:00', 0),
  (107, 'CP-2026-000107', 3, 'pm-danube', 'REPLENISHMENT', 'PORTAL', NULL, 'DS-PO-7',
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    'CANCELLED', 'Ordered twice by mistake', 'ACKNOWLEDGED', 'SO-5175', '2026-11-26 09:00:00', FALSE, NULL,
    'EUR', 2013.92, 2, '2026-11-26 08:00:00', '2026-11-26', '2026-11-26 07:50:00', '2026-11-26 09:00:00', 0);

-- unit prices as they were at order time (Northwind gold 12 %, Baltic silver 5 %, Danube platinum 18 %)
INSERT IGNORE INTO sales_order_line (id, order_id, line_no, sku, product_name, quantity, unit_price, currency,
    line_total, warehouse_code, backordered, waitlisted, promised_date, rejected_reason) VALUES
  (101, 101, 1, 'NET-SW24', 'Switch 24 port gigabit', 10, 791.12, 'EUR', 7911.20, 'main', 0, FALSE, '2026-10-16', NULL),
  (102, 101, 2, 'NET-AP6', 'Wireless access point Wi-Fi 6', 10, 279.56, 'EUR', 2795.60, 'main', 0, FALSE, '2026-10-16', NULL),
  (103, 102, 1, 'NET-AP6', 'Wireless access point Wi-Fi 6', 8, 289.52, 'EUR', 2316.16, 'east', 0, FALSE, '2026-12-08', NULL),
  (104, 103, 1, 'SEC-FW100', 'Firewall 100', 4, 1047.20, 'EUR', 4188.80, NULL, 0, FALSE, NULL, NULL),
  (105, 103, 2, 'SEC-MFA-1Y', 'Multi-factor authentication, 1 year', 15, 36.16, 'EUR', 542.40, NULL, 0, FALSE, NULL, NULL),
  (106, 104, 1, 'STO-NAS4', 'NAS 4 bay', 10, 759.05, 'EUR', 7590.50, 'main', 0, FALSE, '2026-11-22', NULL),
  (107, 104, 2, 'STO-SSD4T', 'Enterprise SSD 3.84 TB', 7, 654.55, 'EUR', 4581.85, 'east', 4, FALSE, '2026-12-15', NULL),
  (108, 105, 1, 'STO-NAS4', 'NAS 4 bay', 3, 759.05, 'EUR', 2277.15, 'main', 0, FALSE, '2026-10-05', NULL),
  (109, 105, 2, 'CLD-BKP-1T', 'Cloud backup 1 TB', 13, 65.55, 'EUR', 852.15, NULL, 0, FALSE, NULL, NULL),
  (110, 106, 1, 'NET-RTR1', 'Branch router', 2, 532.18, 'EUR', 1064.36, 'main', 0, FALSE, '2026-11-22', NULL),
  (111, 106, 2, 'SEC-EDR-1Y', 'Endpoint protection, 1 year', 6, 48.38, 'EUR', 290.28, NULL, 0, FALSE, NULL, NULL),
  (112, 107, 1, 'NET-SW24', 'Switch 24 port gigabit', 2, 737.18, 'EUR', 1474.36, 'main', 0, FALSE, NULL, NULL),
  (113, 107, 2, 'NET-AP6', 'Wireless access point Wi-Fi 6', 2, 269.78, 'EUR', 539.56, 'main', 0, FALSE, NULL, NULL);

INSERT IGNORE INTO shipment (id, order_id, shipment_ref, warehouse_code, carrier_code, method, tracking_number,
    shipped_at, estimated_delivery, erp_updated_at) VALUES
  (101, 101, 'WH-OUT-7001', 'main', 'dhl', 'parcel', 'JD014600006281230001', '2026-10-15', '2026-10-17', '2026-10-16 09:30:00'),
  (102, 104, 'WH-OUT-7044', 'main', 'dpd', 'pallet', '01505012345678', '2026-11-21', '2026-11-24', '2026-11-21 16:00:00'),
  (103, 104, 'WH-OUT-7051', 'east', 'dpd', 'parcel', '01505012349999', '2026-11-24', '2026-11-27', '2026-11-24 15:00:00'),
  (104, 106, 'WH-OUT-7049', 'main', 'ups', 'express', '1Z999AA10123456784', '2026-11-22', '2026-11-23', '2026-11-23 08:00:00');

INSERT IGNORE INTO shipment_line (id, shipment_id, sku, quantity) VALUES
  (101, 101, 'NET-SW24', 10), (102, 101, 'NET-AP6', 10),
  (103, 102, 'STO-NAS4', 10), (104, 103, 'STO-SSD4T', 3),
  (105, 104, 'NET-RTR1', 2), (106, 104, 'SEC-EDR-1Y', 6);

INSERT IGNORE INTO sales_order_event (id, order_id, at, actor, step, detail) VALUES
  (101, 101, '2026-10-12 08:00:00', 'pm-northwind', 'created', 'replenishment'),
  (102, 101, '2026-10-12 08:10:00', 'pm-northwind', 'submitted', NULL),
  (103, 101, '2026-10-12 08:10:05', 'erp', 'sent', NULL),
  (104, 101, '2026-10-12 08:12:00', 'erp', 'confirmed', 'ERP SO-5101'),
  (105, 101, '2026-10-16 09:30:00', 'erp', 'shipped', 'WH-OUT-7001 dhl JD014600006281230001'),
  (106, 102, '2026-11-25 09:40:00', 'pe-northwind', 'created', 'on_behalf'),
  (107, 102, '2026-11-25 10:00:00', 'pe-northwind', 'submitted', NULL),
  (108, 102, '2026-11-25 11:00:00', 'erp', 'confirmed', 'ERP SO-5188'),
  (109, 103, '2026-09-30 16:00:00', 'erp', 'offline_order', 'ERP SO-4990'),
  (110, 104, '2026-11-18 12:45:00', 'pm-baltic', 'created', 'replenishment'),
  (111, 104, '2026-11-18 13:00:00', 'pm-baltic', 'submitted', NULL),
  (112, 104, '2026-11-18 13:05:00', 'erp', 'confirmed', 'ERP SO-5170; line 2 backordered 4'),
  (113, 104, '2026-11-21 16:00:00', 'erp', 'partly_shipped', 'WH-OUT-7044 dpd 01505012345678'),
  (114, 104, '2026-11-24 15:00:00', 'erp', 'partly_shipped', 'WH-OUT-7051 dpd 01505012349999'),
  (115, 105, '2026-10-01 08:55:00', 'pe-baltic', 'created', 'replenishment'),
  (116, 105, '2026-10-01 09:00:00', 'pe-baltic', 'submitted', NULL),
  (117, 105, '2026-10-08 10:00:00', 'erp', 'delivered', NULL),
  (118, 106, '2026-11-19 13:30:00', 'pm-danube', 'created', 'on_behalf'),
  (119, 106, '2026-11-19 14:00:00', 'pm-danube', 'submitted', NULL),
  (120, 106, '2026-11-23 08:00:00', 'erp', 'shipped', 'WH-OUT-7049 ups 1Z999AA10123456784'),
  (121, 107, '2026-11-26 07:50:00', 'pm-danube', 'created', 'replenishment'),
  (122, 107, '2026-11-26 08:00:00', 'pm-danube', 'submitted', NULL),
  (123, 107, '2026-11-26 09:00:00', 'pm-danube', 'cancelled', 'Ordered twice by mistake');
