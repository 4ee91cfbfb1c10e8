-- Demo recipients of the ERP connector's alert mails (the dev stack's GreenMail keeps them; read them
-- at http://127.0.0.1:8889/api/user/ops@channelport.local/messages/INBOX). Idempotent.
INSERT IGNORE INTO alert_recipient (alert_type, email, created_at) VALUES
  ('erp_unreachable', 'ops@channelport.local', '2026-01-05 09:00:00'),
  ('message_rejected', 'ops@channelport.local', '2026-01-05 09:00:00'),
  ('inbound_invalid', 'ops@channelport.local', '2026-01-05 09:00:00'),
  ('poll_failing', 'ops@channelport.local', '2026-01-05 09:00:00');
