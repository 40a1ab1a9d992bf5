-- Step 7 (issue 14): the club and its members, events with their guests, introductions, surveys with their
-- answers and replies, and the "promise kept" log.
CREATE TABLE community_club (
  client_id BIGINT NOT NULL PRIMARY KEY REFERENCES client (id),
  name VARCHAR(200) NOT NULL,
  how_to_join VARCHAR(1000) NOT NULL,
  perks VARCHAR(2000) NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES app_user (id),
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE community_member (
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  member_no INTEGER NOT NULL,
  joined_on DATE NOT NULL,
  joined_how VARCHAR(200) NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (client_id, customer_id),
  CONSTRAINT community_member_no UNIQUE (client_id, member_no)
);

CREATE TABLE community_event (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  title VARCHAR(200) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  event_date DATE NOT NULL,
  place VARCHAR(200) NOT NULL,
  capacity INTEGER NOT NULL,
  cost_minor BIGINT NOT NULL,
  target_list_id BIGINT REFERENCES target_list (id),
  invited_on DATE,
  invite_channel VARCHAR(20),
  invitation VARCHAR(2000),
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX community_event_client ON community_event (client_id, event_date);

-- Everyone invited to an event (and walk-ins, invited = FALSE), their reply and whether they came.
CREATE TABLE community_guest (
  event_id BIGINT NOT NULL REFERENCES community_event (id),
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  invited BOOLEAN NOT NULL,
  reply VARCHAR(12) NOT NULL,
  attended BOOLEAN NOT NULL,
  PRIMARY KEY (event_id, customer_id)
);

CREATE TABLE community_introducer (
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  code VARCHAR(12) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (client_id, customer_id),
  CONSTRAINT community_introducer_code UNIQUE (client_id, code)
);

-- Who introduced a customer (one introducer per introduced customer).
CREATE TABLE community_introduction (
  client_id BIGINT NOT NULL REFERENCES client (id),
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  introducer_id BIGINT NOT NULL REFERENCES customer (id),
  recorded_by BIGINT NOT NULL REFERENCES app_user (id),
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (client_id, customer_id)
);

-- A survey: the 0–10 recommend question, up to five more (kind TEXT or NUMBER or SCALE) and a free comment.
-- token is the random part of its public link; open = FALSE answers the link with 404.
CREATE TABLE community_survey (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  title VARCHAR(200) NOT NULL,
  token VARCHAR(43) NOT NULL UNIQUE,
  is_open BOOLEAN NOT NULL,
  show_shop_name BOOLEAN NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE community_survey_question (
  survey_id BIGINT NOT NULL REFERENCES community_survey (id),
  question_no INTEGER NOT NULL,
  question_text VARCHAR(300) NOT NULL,
  kind VARCHAR(12) NOT NULL,
  PRIMARY KEY (survey_id, question_no)
);

-- One set of answers; customer_id only when the member number given matched a member. source: PAPER or LINK.
CREATE TABLE community_response (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES community_survey (id),
  recommend INTEGER NOT NULL,
  comment_text VARCHAR(2000),
  customer_id BIGINT REFERENCES customer (id),
  source VARCHAR(8) NOT NULL,
  answered_at TIMESTAMP NOT NULL,
  reply VARCHAR(2000),
  action_taken VARCHAR(2000),
  replied_by BIGINT REFERENCES app_user (id),
  replied_at TIMESTAMP
);
CREATE INDEX community_response_survey ON community_response (survey_id);

CREATE TABLE community_answer (
  response_id BIGINT NOT NULL REFERENCES community_response (id),
  question_no INTEGER NOT NULL,
  answer VARCHAR(500) NOT NULL,
  PRIMARY KEY (response_id, question_no)
);

-- Trust: a problem, what happened, what changed.
CREATE TABLE community_promise (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  noted_on DATE NOT NULL,
  problem VARCHAR(1000) NOT NULL,
  what_happened VARCHAR(1000) NOT NULL,
  what_changed VARCHAR(1000) NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL
);
