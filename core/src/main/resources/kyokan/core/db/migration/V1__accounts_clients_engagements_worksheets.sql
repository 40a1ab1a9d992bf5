-- Core schema: people, client businesses, 7-month engagements, step unlocking and worksheets.
CREATE TABLE app_user (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  role VARCHAR(20) NOT NULL,
  client_id BIGINT,
  password_hash VARCHAR(100) NOT NULL,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT app_user_email UNIQUE (email),
  CONSTRAINT app_user_role CHECK (role IN ('CONSULTANT', 'CLIENT'))
);

CREATE TABLE client (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  business_type VARCHAR(100) NOT NULL,
  contact_name VARCHAR(200),
  contact_email VARCHAR(254),
  contact_phone VARCHAR(40),
  currency CHAR(3) NOT NULL DEFAULT 'JPY',
  consultant_id BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL
);

ALTER TABLE app_user ADD CONSTRAINT app_user_client FOREIGN KEY (client_id) REFERENCES client (id);

CREATE TABLE user_session (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  csrf_token CHAR(43) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  last_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE engagement (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  cycle INT NOT NULL,
  start_month DATE NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT engagement_cycle UNIQUE (client_id, cycle)
);

-- Current lock state per step; step_unlock_event keeps every change (who, when).
CREATE TABLE step_unlock (
  engagement_id BIGINT NOT NULL REFERENCES engagement (id),
  step_id VARCHAR(40) NOT NULL,
  unlocked BOOLEAN NOT NULL,
  changed_by BIGINT NOT NULL REFERENCES app_user (id),
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (engagement_id, step_id)
);

CREATE TABLE step_unlock_event (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  engagement_id BIGINT NOT NULL REFERENCES engagement (id),
  step_id VARCHAR(40) NOT NULL,
  unlocked BOOLEAN NOT NULL,
  changed_by BIGINT NOT NULL REFERENCES app_user (id),
  changed_at TIMESTAMP NOT NULL
);

CREATE TABLE worksheet (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  engagement_id BIGINT NOT NULL REFERENCES engagement (id),
  step_id VARCHAR(40) NOT NULL,
  status VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  updated_by BIGINT REFERENCES app_user (id),
  updated_at TIMESTAMP,
  submitted_at TIMESTAMP,
  reviewed_by BIGINT REFERENCES app_user (id),
  reviewed_at TIMESTAMP,
  CONSTRAINT worksheet_step UNIQUE (engagement_id, step_id),
  CONSTRAINT worksheet_status CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'REVIEWED'))
);

CREATE TABLE worksheet_answer (
  worksheet_id BIGINT NOT NULL REFERENCES worksheet (id),
  question_id VARCHAR(60) NOT NULL,
  answer VARCHAR(20000) NOT NULL,
  PRIMARY KEY (worksheet_id, question_id)
);

CREATE TABLE worksheet_comment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  worksheet_id BIGINT NOT NULL REFERENCES worksheet (id),
  question_id VARCHAR(60) NOT NULL,
  author_id BIGINT NOT NULL REFERENCES app_user (id),
  body VARCHAR(4000) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
