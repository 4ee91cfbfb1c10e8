-- The campaign code of a funded marketing activity (an MDF request's code), carried by the leads,
-- deal registrations, orders and showroom inquiries it brought in, so that its ROI fills itself.
-- Letters, digits, '-' and '_' (checked by the application); NULL: no campaign.
-- Each index starts with the code: ROI reads the figures of a few codes, then keeps the caller's
-- partners.

ALTER TABLE sales_lead ADD COLUMN campaign_code VARCHAR(40) NULL;
CREATE INDEX ix_sales_lead_campaign ON sales_lead (campaign_code, partner_id);

ALTER TABLE deal_registration ADD COLUMN campaign_code VARCHAR(40) NULL;
CREATE INDEX ix_deal_registration_campaign ON deal_registration (campaign_code, partner_id);

ALTER TABLE sales_order ADD COLUMN campaign_code VARCHAR(40) NULL;
CREATE INDEX ix_sales_order_campaign ON sales_order (campaign_code, partner_id);

ALTER TABLE showroom_inquiry ADD COLUMN campaign_code VARCHAR(40) NULL;
CREATE INDEX ix_showroom_inquiry_campaign ON showroom_inquiry (campaign_code, partner_id);
