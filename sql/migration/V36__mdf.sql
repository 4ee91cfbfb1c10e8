-- Marketing development funds as a ledger (issue 12). Money lives in accounts (a program's budget
-- and funding source, each partner's allocation, reserved, payable, paid and forfeited) and moves
-- only by append-only double-entry journal entries: debit one account, credit another, amount > 0.
-- An account's balance is the sum of its entries (credits minus debits), kept as a checked running
-- total in the same transaction; the CHECKs below are the backstop of the service's rules.
-- Status, kind and activity codes are the enums' names (lower case here: they are the API's codes).

CREATE TABLE mdf_program (
  id                BIGINT        NOT NULL PRIMARY KEY,
  name              VARCHAR(200)  NOT NULL,
  period            VARCHAR(20)   NOT NULL,
  currency          CHAR(3)       NOT NULL,
  budget            DECIMAL(19,4) NOT NULL,
  starts_on         DATE          NOT NULL,
  ends_on           DATE          NOT NULL,
  request_deadline  DATE          NOT NULL,
  claim_deadline    DATE          NOT NULL,
  reimbursement_pct DECIMAL(7,4)  NOT NULL,
  coop_pct          DECIMAL(7,4)  NOT NULL DEFAULT 0,
  -- how far a partner's allocation may go below zero (0: never)
  overdraft_limit   DECIMAL(19,4) NOT NULL DEFAULT 0,
  -- the general-ledger account payments are booked to, and how they are paid
  gl_code           VARCHAR(20)   NOT NULL,
  payment_method    VARCHAR(20)   NOT NULL DEFAULT 'credit_note',
  created_by        VARCHAR(100)  NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_mdf_program_name UNIQUE (name),
  CONSTRAINT ck_mdf_program_budget CHECK (budget >= 0),
  CONSTRAINT ck_mdf_program_dates CHECK (starts_on <= ends_on AND request_deadline <= claim_deadline
      AND starts_on <= request_deadline),
  CONSTRAINT ck_mdf_program_pct CHECK (reimbursement_pct > 0 AND reimbursement_pct <= 100
      AND coop_pct >= 0 AND coop_pct <= 100),
  CONSTRAINT ck_mdf_program_overdraft CHECK (overdraft_limit >= 0),
  CONSTRAINT ck_mdf_program_method CHECK (payment_method IN ('credit_note', 'transfer'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_program_ends ON mdf_program (ends_on);

CREATE TABLE mdf_program_activity (
  program_id    BIGINT      NOT NULL,
  activity_type VARCHAR(20) NOT NULL,
  PRIMARY KEY (program_id, activity_type),
  CONSTRAINT ck_mdf_activity_type CHECK (activity_type IN ('webinar', 'event', 'advertising',
      'trade_show')),
  CONSTRAINT fk_mdf_activity_program FOREIGN KEY (program_id) REFERENCES mdf_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which proof of performance an activity type needs: the claim's checklist.
CREATE TABLE mdf_proof_rule (
  activity_type VARCHAR(20)  NOT NULL,
  proof_kind    VARCHAR(20)  NOT NULL,
  required      BOOLEAN      NOT NULL DEFAULT TRUE,
  label_key     VARCHAR(100) NOT NULL,
  PRIMARY KEY (activity_type, proof_kind),
  CONSTRAINT ck_mdf_rule_activity CHECK (activity_type IN ('webinar', 'event', 'advertising',
      'trade_show')),
  CONSTRAINT ck_mdf_rule_kind CHECK (proof_kind IN ('invoice', 'attendee_list', 'photo',
      'screenshot', 'other'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An account: program level (partner_id NULL: budget, funding) or a partner's. Funding is the
-- program's source and the only account without a floor (overdraft_limit NULL); every other
-- account stays at or above minus its overdraft limit (0 for all but a partner's allocation).
CREATE TABLE mdf_account (
  id              BIGINT        NOT NULL PRIMARY KEY,
  program_id      BIGINT        NOT NULL,
  partner_id      BIGINT        NULL,
  partner_key     BIGINT        AS (COALESCE(partner_id, 0)) PERSISTENT,
  kind            VARCHAR(20)   NOT NULL,
  currency        CHAR(3)       NOT NULL,
  balance         DECIMAL(19,4) NOT NULL DEFAULT 0,
  overdraft_limit DECIMAL(19,4) NULL DEFAULT 0,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_mdf_account UNIQUE (program_id, partner_key, kind),
  CONSTRAINT ck_mdf_account_kind CHECK (kind IN ('budget', 'allocation', 'reserved', 'payable',
      'paid', 'forfeited', 'funding')),
  CONSTRAINT ck_mdf_account_owner CHECK ((partner_id IS NULL) = (kind IN ('budget', 'funding'))),
  CONSTRAINT ck_mdf_account_floor CHECK ((kind = 'funding') = (overdraft_limit IS NULL)),
  CONSTRAINT ck_mdf_account_balance CHECK (overdraft_limit IS NULL OR balance >= -overdraft_limit),
  CONSTRAINT fk_mdf_account_program FOREIGN KEY (program_id) REFERENCES mdf_program (id),
  CONSTRAINT fk_mdf_account_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_account_partner ON mdf_account (partner_id, program_id, kind);

-- Per channel manager and currency: the largest amount they approve alone.
CREATE TABLE mdf_approval_limit (
  username VARCHAR(100)  NOT NULL,
  currency CHAR(3)       NOT NULL,
  amount   DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (username, currency),
  CONSTRAINT ck_mdf_limit_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Request and claim numbers (MDR-2027-000001, MDF-2027-000042): one row per sequence, taken with one atomic upsert (LAST_INSERT_ID).
CREATE TABLE mdf_number_seq (
  name     VARCHAR(40) NOT NULL PRIMARY KEY,
  next_val BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A fund request (pre-approval) of a partner manager; approval reserves the approved amount.
CREATE TABLE mdf_request (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  number                VARCHAR(24)   NOT NULL,
  program_id            BIGINT        NOT NULL,
  partner_id            BIGINT        NOT NULL,
  activity_type         VARCHAR(20)   NOT NULL,
  title                 VARCHAR(200)  NOT NULL,
  description           TEXT          NULL,
  planned_start         DATE          NOT NULL,
  planned_end           DATE          NOT NULL,
  planned_cost          DECIMAL(19,4) NOT NULL,
  requested_amount      DECIMAL(19,4) NOT NULL,
  approved_amount       DECIMAL(19,4) NULL,
  currency              CHAR(3)       NOT NULL,
  expected_leads        INT           NULL,
  expected_pipeline     DECIMAL(19,4) NULL,
  campaign_code         VARCHAR(40)   NULL,
  status                VARCHAR(30)   NOT NULL,
  status_reason         VARCHAR(2000) NULL,
  submitted_by          VARCHAR(100)  NOT NULL,
  submitted_at          DATETIME(6)   NOT NULL,
  first_approver        VARCHAR(100)  NULL,
  first_approved_amount DECIMAL(19,4) NULL,
  first_approved_at     DATETIME(6)   NULL,
  approved_by           VARCHAR(100)  NULL,
  approved_at           DATETIME(6)   NULL,
  decided_at            DATETIME(6)   NULL,
  claim_deadline        DATE          NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_mdf_request_number UNIQUE (number),
  CONSTRAINT ck_mdf_request_status CHECK (status IN ('submitted', 'awaiting_second_approval',
      'approved', 'rejected', 'expired', 'closed')),
  CONSTRAINT ck_mdf_request_activity CHECK (activity_type IN ('webinar', 'event', 'advertising',
      'trade_show')),
  CONSTRAINT ck_mdf_request_amounts CHECK (requested_amount > 0 AND planned_cost >= 0
      AND (approved_amount IS NULL OR (approved_amount > 0 AND approved_amount <= requested_amount))),
  CONSTRAINT ck_mdf_request_dates CHECK (planned_start <= planned_end),
  CONSTRAINT ck_mdf_request_approved CHECK (status NOT IN ('approved', 'closed')
      OR approved_amount IS NOT NULL),
  CONSTRAINT ck_mdf_request_approvers CHECK (approved_by IS NULL OR first_approver IS NULL
      OR approved_by <> first_approver),
  CONSTRAINT fk_mdf_request_program FOREIGN KEY (program_id) REFERENCES mdf_program (id),
  CONSTRAINT fk_mdf_request_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_request_partner ON mdf_request (partner_id, status, submitted_at);
CREATE INDEX ix_mdf_request_status ON mdf_request (status, submitted_at);
CREATE INDEX ix_mdf_request_deadline ON mdf_request (status, claim_deadline);
CREATE INDEX ix_mdf_request_campaign ON mdf_request (campaign_code);

CREATE TABLE mdf_request_event (
  id         BIGINT        NOT NULL PRIMARY KEY,
  request_id BIGINT        NOT NULL,
  at         DATETIME(6)   NOT NULL,
  actor      VARCHAR(100)  NOT NULL,
  kind       VARCHAR(30)   NOT NULL,
  amount     DECIMAL(19,4) NULL,
  detail     VARCHAR(2000) NULL,
  CONSTRAINT fk_mdf_request_event FOREIGN KEY (request_id) REFERENCES mdf_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_request_event ON mdf_request_event (request_id, at, id);

-- A claim after the activity, drawing on one request; several claims may draw on one request.
CREATE TABLE mdf_claim (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  number                VARCHAR(24)   NOT NULL,
  request_id            BIGINT        NOT NULL,
  program_id            BIGINT        NOT NULL,
  partner_id            BIGINT        NOT NULL,
  claimed_amount        DECIMAL(19,4) NOT NULL,
  approved_amount       DECIMAL(19,4) NULL,
  actual_cost           DECIMAL(19,4) NOT NULL,
  currency              CHAR(3)       NOT NULL,
  results               TEXT          NULL,
  final_claim           BOOLEAN       NOT NULL DEFAULT FALSE,
  status                VARCHAR(30)   NOT NULL,
  status_reason         VARCHAR(2000) NULL,
  created_by            VARCHAR(100)  NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  submitted_by          VARCHAR(100)  NULL,
  submitted_at          DATETIME(6)   NULL,
  submissions           INT           NOT NULL DEFAULT 0,
  -- what the claim said at its last submission, and what a resubmission changed
  submitted_snapshot    TEXT          NULL,
  last_changes          TEXT          NULL,
  first_approver        VARCHAR(100)  NULL,
  first_approved_amount DECIMAL(19,4) NULL,
  first_approved_at     DATETIME(6)   NULL,
  approved_by           VARCHAR(100)  NULL,
  approved_at           DATETIME(6)   NULL,
  decided_at            DATETIME(6)   NULL,
  payment_message_id    VARCHAR(64)   NULL,
  payment_sent_at       DATETIME(6)   NULL,
  payment_error         VARCHAR(2000) NULL,
  erp_reference         VARCHAR(100)  NULL,
  booked_at             DATETIME(6)   NULL,
  paid_at               DATETIME(6)   NULL,
  updated_at            DATETIME(6)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_mdf_claim_number UNIQUE (number),
  CONSTRAINT ck_mdf_claim_status CHECK (status IN ('draft', 'submitted', 'awaiting_second_approval',
      'returned', 'approved', 'rejected', 'payable', 'paid')),
  CONSTRAINT ck_mdf_claim_amounts CHECK (claimed_amount > 0 AND actual_cost >= 0
      AND (approved_amount IS NULL OR (approved_amount > 0 AND approved_amount <= claimed_amount))),
  CONSTRAINT ck_mdf_claim_approved CHECK (status NOT IN ('approved', 'payable', 'paid')
      OR approved_amount IS NOT NULL),
  CONSTRAINT ck_mdf_claim_paid CHECK (status <> 'paid' OR paid_at IS NOT NULL),
  CONSTRAINT ck_mdf_claim_approvers CHECK (approved_by IS NULL OR first_approver IS NULL
      OR approved_by <> first_approver),
  CONSTRAINT fk_mdf_claim_request FOREIGN KEY (request_id) REFERENCES mdf_request (id),
  CONSTRAINT fk_mdf_claim_program FOREIGN KEY (program_id) REFERENCES mdf_program (id),
  CONSTRAINT fk_mdf_claim_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_claim_partner ON mdf_claim (partner_id, status, created_at);
CREATE INDEX ix_mdf_claim_status ON mdf_claim (status, submitted_at);
CREATE INDEX ix_mdf_claim_request ON mdf_claim (request_id, status);

-- Proof of performance: a file of the platform's file store; the type is the one read from the
-- bytes, the name the client's (metadata only).
CREATE TABLE mdf_claim_proof (
  id           BIGINT       NOT NULL PRIMARY KEY,
  claim_id     BIGINT       NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  file_id      BIGINT       NOT NULL,
  name         VARCHAR(255) NULL,
  content_type VARCHAR(100) NOT NULL,
  size         BIGINT       NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT ck_mdf_proof_kind CHECK (kind IN ('invoice', 'attendee_list', 'photo', 'screenshot',
      'other')),
  CONSTRAINT ck_mdf_proof_size CHECK (size >= 0),
  CONSTRAINT fk_mdf_proof_claim FOREIGN KEY (claim_id) REFERENCES mdf_claim (id),
  CONSTRAINT fk_mdf_proof_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_proof_claim ON mdf_claim_proof (claim_id, kind);

CREATE TABLE mdf_claim_event (
  id       BIGINT        NOT NULL PRIMARY KEY,
  claim_id BIGINT        NOT NULL,
  at       DATETIME(6)   NOT NULL,
  actor    VARCHAR(100)  NOT NULL,
  kind     VARCHAR(30)   NOT NULL,
  amount   DECIMAL(19,4) NULL,
  detail   VARCHAR(4000) NULL,
  CONSTRAINT fk_mdf_claim_event FOREIGN KEY (claim_id) REFERENCES mdf_claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_claim_event ON mdf_claim_event (claim_id, at, id);

-- The journal: append-only (the portal never updates or deletes a row; a mistake is corrected by
-- a reversing entry naming the entry it reverses, at most once). partner_id is the partner whose
-- account the entry touches (NULL for the program's own: funding to budget).
CREATE TABLE mdf_journal_entry (
  id                BIGINT        NOT NULL PRIMARY KEY,
  -- the journal's running number, in the order entries were written
  entry_no          BIGINT        NOT NULL AUTO_INCREMENT,
  program_id        BIGINT        NOT NULL,
  partner_id        BIGINT        NULL,
  debit_account_id  BIGINT        NOT NULL,
  credit_account_id BIGINT        NOT NULL,
  amount            DECIMAL(19,4) NOT NULL,
  currency          CHAR(3)       NOT NULL,
  reason            VARCHAR(40)   NOT NULL,
  note              VARCHAR(2000) NULL,
  actor             VARCHAR(100)  NOT NULL,
  request_id        BIGINT        NULL,
  claim_id          BIGINT        NULL,
  reverses_entry_id BIGINT        NULL,
  created_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uq_mdf_entry_no UNIQUE (entry_no),
  CONSTRAINT uq_mdf_entry_reverses UNIQUE (reverses_entry_id),
  CONSTRAINT ck_mdf_entry_amount CHECK (amount > 0),
  CONSTRAINT ck_mdf_entry_accounts CHECK (debit_account_id <> credit_account_id),
  CONSTRAINT fk_mdf_entry_program FOREIGN KEY (program_id) REFERENCES mdf_program (id),
  CONSTRAINT fk_mdf_entry_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_mdf_entry_debit FOREIGN KEY (debit_account_id) REFERENCES mdf_account (id),
  CONSTRAINT fk_mdf_entry_credit FOREIGN KEY (credit_account_id) REFERENCES mdf_account (id),
  CONSTRAINT fk_mdf_entry_request FOREIGN KEY (request_id) REFERENCES mdf_request (id),
  CONSTRAINT fk_mdf_entry_claim FOREIGN KEY (claim_id) REFERENCES mdf_claim (id),
  CONSTRAINT fk_mdf_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES mdf_journal_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mdf_entry_debit ON mdf_journal_entry (debit_account_id, id);
CREATE INDEX ix_mdf_entry_credit ON mdf_journal_entry (credit_account_id, id);
CREATE INDEX ix_mdf_entry_program ON mdf_journal_entry (program_id, id);
CREATE INDEX ix_mdf_entry_partner ON mdf_journal_entry (partner_id, id);
CREATE INDEX ix_mdf_entry_request ON mdf_journal_entry (request_id);
CREATE INDEX ix_mdf_entry_claim ON mdf_journal_entry (claim_id);

-- The journal is append-only for every writer, SQL too.
CREATE TRIGGER tr_mdf_entry_no_update BEFORE UPDATE ON mdf_journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'mdf_journal_entry is append-only';
CREATE TRIGGER tr_mdf_entry_no_delete BEFORE DELETE ON mdf_journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'mdf_journal_entry is append-only';

-- The proof rules every program reads (the demo and a fresh install alike).
INSERT INTO mdf_proof_rule (activity_type, proof_kind, required, label_key) VALUES
  ('webinar', 'invoice', TRUE, 'mdf.proof.invoice'),
  ('webinar', 'screenshot', FALSE, 'mdf.proof.screenshot'),
  ('event', 'invoice', TRUE, 'mdf.proof.invoice'),
  ('event', 'attendee_list', TRUE, 'mdf.proof.attendeeList'),
  ('event', 'photo', FALSE, 'mdf.proof.photo'),
  ('advertising', 'invoice', TRUE, 'mdf.proof.invoice'),
  ('advertising', 'screenshot', FALSE, 'mdf.proof.screenshot'),
  ('trade_show', 'invoice', TRUE, 'mdf.proof.invoice'),
  ('trade_show', 'photo', FALSE, 'mdf.proof.photo');

INSERT INTO id_generator (name, next_val) VALUES
  ('mdf_program', 1000), ('mdf_account', 1000), ('mdf_request', 1000), ('mdf_request_event', 1000),
  ('mdf_claim', 1000), ('mdf_claim_proof', 1000), ('mdf_claim_event', 1000),
  ('mdf_journal_entry', 1000)
  ON DUPLICATE KEY UPDATE next_val = next_val;
