-- Steps 4–7's shared vocabulary (ARCHITECTURE.md, "Steps 4–7"): target lists frozen with each customer's
-- cell and arm, the contact log, campaigns, customer tags and the shop's print settings. customer_id
-- columns carry no foreign key: an undone import may delete a customer, and the lists and the log keep
-- what happened (merged customers are resolved to the kept one when results are read).
CREATE TABLE customer_tag (
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL,
  tag VARCHAR(50) NOT NULL,
  PRIMARY KEY (client_id, customer_id, tag)
);

CREATE INDEX customer_tag_by_tag ON customer_tag (client_id, tag);

-- A rule (cells as of a month end, narrowed by days since the last purchase, a product, a tag) frozen
-- into its customers; seed and holdout share make the draw reproducible.
CREATE TABLE target_list (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  purpose VARCHAR(20) NOT NULL,
  as_of DATE NOT NULL,
  cells VARCHAR(300) NOT NULL,
  min_days_since INT,
  max_days_since INT,
  product_id BIGINT,
  tag VARCHAR(50),
  postal BOOLEAN NOT NULL,
  holdout_percent INT NOT NULL,
  seed BIGINT NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT target_list_holdout CHECK (holdout_percent BETWEEN 0 AND 50)
);

-- arm: CONTACTED, HELD_OUT, or the reason it was left out before the draw (NO_CONSENT, NO_ADDRESS).
CREATE TABLE target_member (
  list_id BIGINT NOT NULL REFERENCES target_list (id),
  customer_id BIGINT NOT NULL,
  cell VARCHAR(24) NOT NULL,
  arm VARCHAR(12) NOT NULL,
  PRIMARY KEY (list_id, customer_id)
);

CREATE INDEX target_member_customer ON target_member (customer_id);

CREATE TABLE contact_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL,
  channel VARCHAR(20) NOT NULL,
  contacted_on DATE NOT NULL,
  source VARCHAR(20) NOT NULL,
  source_id BIGINT,
  note VARCHAR(1000),
  recorded_by BIGINT NOT NULL REFERENCES app_user (id),
  recorded_at TIMESTAMP NOT NULL
);

CREATE INDEX contact_log_customer ON contact_log (client_id, customer_id, contacted_on);
CREATE INDEX contact_log_source ON contact_log (client_id, source, source_id);

CREATE TABLE campaign (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  target_list_id BIGINT NOT NULL REFERENCES target_list (id),
  name VARCHAR(200) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  send_date DATE NOT NULL,
  cost_per_piece BIGINT NOT NULL,
  offer VARCHAR(200),
  window_days INT NOT NULL,
  message VARCHAR(4000),
  sent_at TIMESTAMP,
  sent_by BIGINT REFERENCES app_user (id),
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT campaign_window CHECK (window_days BETWEEN 1 AND 365),
  CONSTRAINT campaign_cost CHECK (cost_per_piece >= 0)
);

CREATE INDEX campaign_client ON campaign (client_id, send_date);

-- The shop's return address for mail and the label printer's calibration, remembered per client.
CREATE TABLE print_settings (
  client_id BIGINT NOT NULL PRIMARY KEY REFERENCES client (id),
  shop_name VARCHAR(200),
  shop_postal_code VARCHAR(20),
  shop_address VARCHAR(500),
  shop_phone VARCHAR(40),
  label_offset_x_tenths INT NOT NULL DEFAULT 0,
  label_offset_y_tenths INT NOT NULL DEFAULT 0,
  label_start INT NOT NULL DEFAULT 1
);
