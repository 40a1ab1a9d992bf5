-- Step 6's own tables: the shop's VIP rule, hand-picked additions and removals, the perk list and the
-- treatment log (each treatment is also a contact in core's contact_log, source TREATMENT).
CREATE TABLE vip_rule (
  client_id BIGINT NOT NULL PRIMARY KEY REFERENCES client (id),
  rule_kind VARCHAR(20) NOT NULL,
  top_percent INTEGER NOT NULL,
  untreated_days INTEGER NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES app_user (id),
  updated_at TIMESTAMP NOT NULL
);

-- A pick applies to every roster as of effective_from or later; the latest pick of a customer wins.
CREATE TABLE vip_pick (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL,
  pick_kind VARCHAR(10) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  effective_from DATE NOT NULL,
  picked_by BIGINT NOT NULL REFERENCES app_user (id),
  picked_at TIMESTAMP NOT NULL
);

CREATE INDEX vip_pick_client ON vip_pick (client_id, effective_from);

CREATE TABLE vip_perk (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  name VARCHAR(100) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  cost_minor BIGINT NOT NULL,
  retired BOOLEAN NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE vip_treatment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL,
  perk_id BIGINT NOT NULL REFERENCES vip_perk (id),
  treated_on DATE NOT NULL,
  given_by VARCHAR(100) NOT NULL,
  cost_minor BIGINT NOT NULL,
  note VARCHAR(1000),
  recorded_by BIGINT NOT NULL REFERENCES app_user (id),
  recorded_at TIMESTAMP NOT NULL
);

CREATE INDEX vip_treatment_client ON vip_treatment (client_id, treated_on);
