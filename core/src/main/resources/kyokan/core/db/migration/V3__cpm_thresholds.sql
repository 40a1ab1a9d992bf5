-- CPM thresholds a client saved (step 3), each with the date from which it applies. Rows are only ever
-- added: the thresholds in force on a date are those of the latest save whose effective_from is on or
-- before it, so a later save overrides earlier ones from its own date on, and past month ends keep the
-- thresholds that were in force unless someone saves new ones for them on purpose.
CREATE TABLE cpm_thresholds (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  effective_from DATE NOT NULL,
  lapse_days INT NOT NULL,
  tenure_short_days INT NOT NULL,
  tenure_long_days INT NOT NULL,
  axis VARCHAR(20) NOT NULL,
  amount_limit BIGINT NOT NULL,
  count_limit INT NOT NULL,
  saved_by BIGINT NOT NULL REFERENCES app_user (id),
  saved_at TIMESTAMP NOT NULL,
  CONSTRAINT cpm_thresholds_axis CHECK (axis IN ('AMOUNT', 'ORDER_COUNT')),
  CONSTRAINT cpm_thresholds_days CHECK (lapse_days >= 1 AND tenure_short_days >= 0 AND tenure_long_days >= tenure_short_days)
);

CREATE INDEX cpm_thresholds_client ON cpm_thresholds (client_id, effective_from);
