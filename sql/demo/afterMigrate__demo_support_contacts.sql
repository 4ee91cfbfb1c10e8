-- Demo data of the service SLA (issue 11): the brand owner's channel managers as the service
-- mails know them before their first sign-in (addresses as in the demo realm). Idempotent: a later
-- sign-in keeps what Keycloak says (INSERT IGNORE never overwrites it).
INSERT IGNORE INTO support_contact (username, partner_id, email, language, last_seen_at) VALUES
  ('cm-all', NULL, 'cm-all@channelport.example', 'en', '2026-01-05 09:00:00'),
  ('cm-danube', NULL, 'cm-danube@channelport.example', 'en', '2026-01-05 09:00:00');
