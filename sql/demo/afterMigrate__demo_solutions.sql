-- Demo solutions of the knowledge base (issue 11) for the demo products (afterMigrate__demo_showroom.sql
-- has the catalog): six published, one draft. Ids below 1000 (the generator starts there).
-- Idempotent: rows that already exist (perhaps edited since) are left as they are.

INSERT IGNORE INTO solution (id, title, symptoms, steps, published, published_at, source_issue_id,
    solved_count, created_by, created_at, updated_by, updated_at, version) VALUES
  (1, 'Switch does not power up after a firmware update',
   'After a firmware update the switch does not power up: the power LED and every link LED stay off, the fans do not spin. It usually happens when the update was interrupted or the switch lost power while it wrote the new image.',
   '1. Unplug the power cord for 30 seconds.\n2. Hold the reset button and plug the power back in; keep holding it for 15 seconds, until the system LED blinks amber: the switch starts from its backup image.\n3. Open the web interface on 192.168.1.254 and load the firmware again (2.4.1 or later), with the switch on a UPS.\n4. If the LEDs stay off even without the reset button, the power supply failed: request a return (RMA) from the issue.',
   TRUE, '2026-11-02 09:00:00', NULL, 14, 'cm-all', '2026-11-02 09:00:00', 'cm-all', '2026-11-02 09:00:00', 0),
  (2, 'Access point keeps rebooting every few minutes',
   'The access point restarts every few minutes, clients lose Wi-Fi; the switch port it hangs on shows power drops.',
   '1. Check the PoE budget of the switch: the Wi-Fi 6 access point needs 802.3at (25.5 W), the Wi-Fi 7 one 802.3bt.\n2. Move the access point to a port with enough power, or use the PoE injector.\n3. Update the access point to firmware 1.8 or later, which lowers its power draw at start.',
   TRUE, '2026-11-05 10:00:00', NULL, 9, 'cm-all', '2026-11-05 10:00:00', 'cm-all', '2026-11-05 10:00:00', 0),
  (3, 'VPN tunnel drops every eight hours',
   'A site-to-site VPN tunnel on the firewall reconnects every eight hours; users lose their sessions for a minute.',
   '1. Compare the IKE and IPsec key lifetimes on both ends: they must be the same (28800 s for IKE, 3600 s for IPsec).\n2. Turn on dead peer detection on both ends.\n3. Save and restart the tunnel.',
   TRUE, '2026-11-09 11:00:00', NULL, 6, 'cm-danube', '2026-11-09 11:00:00', 'cm-danube', '2026-11-09 11:00:00', 0),
  (4, 'NAS reports a degraded RAID after a drive failed',
   'The NAS beeps, its status LED is orange and the web interface shows the RAID as degraded with one drive failed.',
   '1. Note the bay of the failed drive on the storage page.\n2. Replace it with a drive of the same size or larger (hot swap: leave the NAS on).\n3. The rebuild starts by itself; do not power off the NAS until it is done.\n4. If a second drive fails during the rebuild, stop and open an issue: do not initialise the volume.',
   TRUE, '2026-11-12 09:30:00', NULL, 11, 'cm-all', '2026-11-12 09:30:00', 'cm-all', '2026-11-12 09:30:00', 0),
  (5, 'Router loses its internet connection when the provider renews the address',
   'The branch router loses its WAN connection every day at about the same time and comes back only after a restart.',
   '1. Update the router to firmware 3.1.2 or later (it fixes the DHCP renew on WAN 1).\n2. Alternatively set the provider''s fixed address on WAN 1.\n3. Turn on the second WAN as a failover.',
   TRUE, '2026-11-16 14:00:00', NULL, 3, 'cm-all', '2026-11-16 14:00:00', 'cm-all', '2026-11-16 14:00:00', 0),
  (6, 'Cloud backup stops with "quota exceeded"',
   'The nightly cloud backup job stops with the message "quota exceeded" although old backups were deleted.',
   '1. Deleted backups stay in the recycle bin for 14 days and count against the quota: empty the recycle bin.\n2. Or move the customer to the 1 TB plan.\n3. Start the job again.',
   TRUE, '2026-11-20 08:00:00', NULL, 4, 'cm-all', '2026-11-20 08:00:00', 'cm-all', '2026-11-20 08:00:00', 0),
  (7, 'Switch ports show no link with old 10 Mbit/s printers',
   'Old printers get no link on the gigabit switch.',
   '1. Set the port to auto-negotiation instead of a fixed speed.\n2. If that does not help, set it to 10 Mbit/s half duplex.',
   FALSE, NULL, NULL, 0, 'cm-all', '2026-11-25 16:00:00', 'cm-all', '2026-11-25 16:00:00', 0);

INSERT IGNORE INTO solution_sku (solution_id, sku) VALUES
  (1, 'NET-SW24'), (1, 'NET-SW48'),
  (2, 'NET-AP6'), (2, 'NET-AP7'),
  (3, 'SEC-FW100'), (3, 'SEC-FW500'),
  (4, 'STO-NAS4'), (4, 'STO-NAS12'),
  (5, 'NET-RTR1'),
  (6, 'CLD-BKP-100'), (6, 'CLD-BKP-1T'),
  (7, 'NET-SW24');

INSERT IGNORE INTO solution_category (solution_id, code) VALUES
  (1, 'switches'), (2, 'wireless'), (3, 'security'), (4, 'storage'), (5, 'networking'),
  (6, 'cloud'), (7, 'switches');
