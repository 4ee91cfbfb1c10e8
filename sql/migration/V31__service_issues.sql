-- Service issues (issue 11): what a partner's customer ran into, the brand owner's service answer
-- within an SLA, the conversation (comments both ways, internal notes of the brand owner), its
-- attachments and the timeline. Status, priority and category codes are the enums' names
-- (IssueStatus, IssuePriority, IssueCategory); the CHECKs keep SQL writers to them too.
-- The SLA columns are the embeddable SlaClock's (support.SlaClock): dues, pauses, breaches.

CREATE TABLE service_issue (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  number                  VARCHAR(20)   NOT NULL,
  partner_id              BIGINT        NOT NULL,
  customer_id             BIGINT        NOT NULL,
  -- the customer's company and the order's number as they were when the issue was logged
  customer_name           VARCHAR(200)  NOT NULL,
  sku                     VARCHAR(64)   NOT NULL,
  product_name            VARCHAR(200)  NOT NULL,
  serial_number           VARCHAR(100)  NULL,
  order_id                BIGINT        NULL,
  order_number            VARCHAR(20)   NULL,
  order_line_no           INT           NULL,
  subject                 VARCHAR(200)  NOT NULL,
  description             TEXT          NOT NULL,
  priority                VARCHAR(10)   NOT NULL,
  category                VARCHAR(16)   NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  assignee                VARCHAR(100)  NULL,
  created_by              VARCHAR(100)  NOT NULL,
  created_at              DATETIME(6)   NOT NULL,
  updated_at              DATETIME(6)   NOT NULL,
  -- the last change partners see: an internal note never moves it
  public_updated_at       DATETIME(6)   NOT NULL,
  solution_text           TEXT          NULL,
  -- the knowledge-base solution the answer came from (foreign key added with the solutions)
  solution_id             BIGINT        NULL,
  solved_at               DATETIME(6)   NULL,
  closed_at               DATETIME(6)   NULL,
  reopen_count            INT           NOT NULL DEFAULT 0,
  wait_reason             VARCHAR(1000) NULL,
  first_response_due      DATETIME(6)   NULL,
  -- the instants at which 80 % of a target is used: "at risk" is a plain comparison for lists
  first_response_risk_at  DATETIME(6)   NULL,
  resolution_due          DATETIME(6)   NULL,
  resolution_risk_at      DATETIME(6)   NULL,
  first_responded_at      DATETIME(6)   NULL,
  resolved_at             DATETIME(6)   NULL,
  sla_paused_since        DATETIME(6)   NULL,
  sla_paused_minutes      INT           NOT NULL DEFAULT 0,
  first_response_breached BOOLEAN       NOT NULL DEFAULT FALSE,
  resolution_breached     BOOLEAN       NOT NULL DEFAULT FALSE,
  escalated_at            DATETIME(6)   NULL,
  version                 BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_service_issue_number UNIQUE (number),
  CONSTRAINT ck_issue_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_PARTNER',
      'WAITING_CUSTOMER', 'SOLVED', 'CLOSED')),
  CONSTRAINT ck_issue_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  CONSTRAINT ck_issue_category CHECK (category IN ('DEFECT', 'INSTALLATION', 'QUESTION', 'RETURN')),
  CONSTRAINT ck_issue_line CHECK (order_line_no IS NULL OR order_id IS NOT NULL),
  CONSTRAINT ck_issue_reopens CHECK (reopen_count >= 0),
  CONSTRAINT ck_issue_paused CHECK (sla_paused_minutes >= 0),
  CONSTRAINT fk_issue_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_issue_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_issue_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the breach job: running clocks by due date
CREATE INDEX ix_issue_status_due ON service_issue (status, resolution_due);
-- a partner's lists: by status and last change, by creation
CREATE INDEX ix_issue_partner_status ON service_issue (partner_id, status, updated_at);
CREATE INDEX ix_issue_partner_created ON service_issue (partner_id, created_at, id);
CREATE INDEX ix_issue_customer ON service_issue (customer_id, partner_id);
CREATE INDEX ix_issue_sku ON service_issue (sku, partner_id);
CREATE INDEX ix_issue_assignee ON service_issue (assignee, status);

-- Comments both ways; internal = a note of the brand owner's service, never shown to partners.
-- author_partner_id is the author's partner, NULL for the brand owner's people.
CREATE TABLE service_issue_comment (
  id                BIGINT       NOT NULL PRIMARY KEY,
  issue_id          BIGINT       NOT NULL,
  author            VARCHAR(100) NOT NULL,
  author_partner_id BIGINT       NULL,
  internal          BOOLEAN      NOT NULL DEFAULT FALSE,
  text              TEXT         NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  CONSTRAINT ck_comment_internal CHECK (internal = FALSE OR author_partner_id IS NULL),
  CONSTRAINT fk_comment_issue FOREIGN KEY (issue_id) REFERENCES service_issue (id),
  CONSTRAINT fk_comment_partner FOREIGN KEY (author_partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_issue ON service_issue_comment (issue_id, created_at, id);

-- Files on an issue (photos, logs), kept by the platform's file store; the type is the one
-- recognised from the bytes, the name is the client's (metadata only).
CREATE TABLE service_issue_attachment (
  id           BIGINT       NOT NULL PRIMARY KEY,
  issue_id     BIGINT       NOT NULL,
  comment_id   BIGINT       NULL,
  file_id      BIGINT       NOT NULL,
  name         VARCHAR(255) NULL,
  content_type VARCHAR(100) NOT NULL,
  size         BIGINT       NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT ck_attachment_size CHECK (size >= 0),
  CONSTRAINT fk_attachment_issue FOREIGN KEY (issue_id) REFERENCES service_issue (id),
  CONSTRAINT fk_attachment_comment FOREIGN KEY (comment_id) REFERENCES service_issue_comment (id),
  CONSTRAINT fk_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_issue ON service_issue_attachment (issue_id, comment_id);

-- The timeline: every step and comment, who, when; internal events are the brand owner's only.
CREATE TABLE service_issue_event (
  id       BIGINT        NOT NULL PRIMARY KEY,
  issue_id BIGINT        NOT NULL,
  at       DATETIME(6)   NOT NULL,
  actor    VARCHAR(100)  NOT NULL,
  kind     VARCHAR(20)   NOT NULL,
  detail   VARCHAR(2000) NULL,
  internal BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT ck_issue_event_kind CHECK (kind IN ('created', 'taken', 'assigned', 'waiting',
      'resumed', 'commented', 'note', 'solved', 'closed', 'reopened', 'return_requested',
      'breached', 'auto_closed')),
  CONSTRAINT fk_issue_event_issue FOREIGN KEY (issue_id) REFERENCES service_issue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_issue_event_issue ON service_issue_event (issue_id, at, id);

-- Routing: a new issue goes to the assignee of the first matching rule (lowest priority_order;
-- a rule for the issue's partner before one for every partner) who is a channel manager of the
-- partner's portfolio; none matches: the service queue (no assignee).
CREATE TABLE issue_routing_rule (
  id             BIGINT       NOT NULL PRIMARY KEY,
  category       VARCHAR(16)  NULL,
  partner_id     BIGINT       NULL,
  assignee       VARCHAR(100) NOT NULL,
  priority_order INT          NOT NULL DEFAULT 100,
  created_by     VARCHAR(100) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_rule_category CHECK (category IS NULL
      OR category IN ('DEFECT', 'INSTALLATION', 'QUESTION', 'RETURN')),
  CONSTRAINT fk_rule_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rule_order ON issue_routing_rule (priority_order, id);

-- The issue numbers per year (SI-2026-00001): one row per year, next_val the last number given.
-- Taken with one atomic upsert (LAST_INSERT_ID), so two portal nodes never give the same number.
CREATE TABLE issue_number_seq (
  year     INT    NOT NULL PRIMARY KEY,
  next_val BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_generator (name, next_val) VALUES
  ('service_issue', 1000), ('service_issue_comment', 1000), ('service_issue_attachment', 1000),
  ('service_issue_event', 1000), ('issue_routing_rule', 1000)
  ON DUPLICATE KEY UPDATE next_val = next_val;
