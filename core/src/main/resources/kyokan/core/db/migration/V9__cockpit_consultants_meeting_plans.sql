-- Issue 15: the consultant's cockpit, more than one consultant, and planned meetings.

-- An administrator manages the consultants (the first consultant of an existing database becomes one);
-- a deactivated account can no longer log in.
ALTER TABLE app_user ADD COLUMN administrator BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE app_user SET administrator = TRUE WHERE id = (SELECT MIN(id) FROM app_user WHERE role = 'CONSULTANT');

-- Every handover of a client from one consultant to another: who, when, from, to.
CREATE TABLE client_handover (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  from_consultant BIGINT NOT NULL REFERENCES app_user (id),
  to_consultant BIGINT NOT NULL REFERENCES app_user (id),
  handed_by BIGINT NOT NULL REFERENCES app_user (id),
  handed_at TIMESTAMP NOT NULL
);

-- A meeting can be planned: a date, a time and a place or video link (all optional for meetings opened before).
ALTER TABLE meeting ADD COLUMN meeting_date DATE;
ALTER TABLE meeting ADD COLUMN meeting_time TIME;
ALTER TABLE meeting ADD COLUMN place VARCHAR(500);
CREATE INDEX meeting_date ON meeting (meeting_date);

-- The cockpit's figures per client, computed when the ledger or the thresholds change (never when the page
-- is read); ledger_version and thresholds_id say which data they were computed from, so a stale row shows.
CREATE TABLE client_summary (
  client_id BIGINT NOT NULL PRIMARY KEY REFERENCES client (id),
  ledger_version BIGINT NOT NULL,
  thresholds_id BIGINT NOT NULL,
  computed_on DATE NOT NULL,
  computed_at TIMESTAMP NOT NULL,
  last_sale DATE,
  summary_month DATE,
  has_previous BOOLEAN NOT NULL DEFAULT FALSE,
  revenue BIGINT NOT NULL DEFAULT 0,
  prev_revenue BIGINT NOT NULL DEFAULT 0,
  customers INT NOT NULL DEFAULT 0,
  prev_customers INT NOT NULL DEFAULT 0,
  repeat_part BIGINT NOT NULL DEFAULT 0,
  repeat_whole BIGINT NOT NULL DEFAULT 0,
  prev_repeat_part BIGINT NOT NULL DEFAULT 0,
  prev_repeat_whole BIGINT NOT NULL DEFAULT 0,
  loyal INT NOT NULL DEFAULT 0,
  prev_loyal INT NOT NULL DEFAULT 0,
  has_movement BOOLEAN NOT NULL DEFAULT FALSE,
  promotions INT NOT NULL DEFAULT 0,
  lapses INT NOT NULL DEFAULT 0,
  returns INT NOT NULL DEFAULT 0,
  sparkline VARCHAR(600) NOT NULL DEFAULT ''
);

-- The alerts the unlocked steps raised for a client at the last summary, in the step's own message key.
CREATE TABLE client_alert (
  client_id BIGINT NOT NULL REFERENCES client (id),
  seq INT NOT NULL,
  step_id VARCHAR(40) NOT NULL,
  kind VARCHAR(60) NOT NULL,
  message_key VARCHAR(200) NOT NULL,
  link VARCHAR(500) NOT NULL,
  item_count INT NOT NULL,
  PRIMARY KEY (client_id, seq)
);
