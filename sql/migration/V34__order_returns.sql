-- Returns (RMA, issue 11): a return is an order of kind RETURN that names the order it returns
-- (return_of). Its lines carry the original's line numbers and the returned quantities (positive:
-- the ERP adapters turn them into a return sale's negative quantities). return_key makes a request
-- idempotent: the same key (e.g. the service issue's number) never makes a second return.
ALTER TABLE sales_order
  DROP CONSTRAINT ck_order_kind,
  DROP CONSTRAINT ck_order_customer,
  ADD COLUMN return_of     BIGINT        NULL AFTER customer_id,
  ADD COLUMN return_reason VARCHAR(2000) NULL AFTER return_of,
  ADD COLUMN return_key    VARCHAR(100)  NULL AFTER return_reason,
  ADD CONSTRAINT ck_order_kind CHECK (kind IN ('REPLENISHMENT', 'ON_BEHALF', 'RETURN')),
  ADD CONSTRAINT ck_order_customer CHECK (kind <> 'ON_BEHALF' OR customer_id IS NOT NULL),
  ADD CONSTRAINT ck_order_return CHECK ((kind = 'RETURN') = (return_of IS NOT NULL)),
  ADD CONSTRAINT fk_order_return_of FOREIGN KEY (return_of) REFERENCES sales_order (id),
  ADD CONSTRAINT uq_order_return_key UNIQUE (return_of, return_key);
