-- Step 5's 3-3-3 follow-up sequence. Every save is a new version; each enrolment keeps the version it started with.
CREATE TABLE ncc_sequence_version (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  version_no INTEGER NOT NULL,
  start_date DATE NOT NULL,
  holdout_percent INTEGER NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  UNIQUE (client_id, version_no)
);

CREATE TABLE ncc_sequence_step (
  version_id BIGINT NOT NULL REFERENCES ncc_sequence_version (id),
  step_no INTEGER NOT NULL,
  days_after INTEGER NOT NULL,
  channel VARCHAR(20) NOT NULL,
  message VARCHAR(2000) NOT NULL,
  skip_if_repurchased BOOLEAN NOT NULL,
  PRIMARY KEY (version_id, step_no)
);

-- One row per new customer seen: contacted or held out (the arm drawn at enrolment), or left out for no consent.
-- customer_id has no foreign key, as contact_log: undoing an import may delete a customer row.
CREATE TABLE ncc_enrolment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL,
  version_id BIGINT NOT NULL REFERENCES ncc_sequence_version (id),
  first_purchase DATE NOT NULL,
  arm VARCHAR(12) NOT NULL,
  enrolled_on DATE NOT NULL,
  late BOOLEAN NOT NULL,
  UNIQUE (client_id, customer_id)
);

-- A step of an enrolment marked done or skipped: who, when, a note. A step without a row is still open.
CREATE TABLE ncc_task (
  enrolment_id BIGINT NOT NULL REFERENCES ncc_enrolment (id),
  step_no INTEGER NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  done_on DATE NOT NULL,
  note VARCHAR(1000),
  recorded_by BIGINT NOT NULL REFERENCES app_user (id),
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (enrolment_id, step_no)
);
