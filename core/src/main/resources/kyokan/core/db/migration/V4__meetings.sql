-- The monthly meeting (issue 6): one row per meeting, several in a month allowed (seq 1, 2, …); the
-- consultant's notes are versioned so a save from a stale page is refused. Decisions belong to the
-- meeting they were made in; action items belong to the client and carry over from meeting to meeting
-- until someone marks them done. (Derby indexes every foreign key by itself.) client_id is kept on every row so no query can cross clients.
CREATE TABLE meeting (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  engagement_id BIGINT NOT NULL REFERENCES engagement (id),
  meeting_month DATE NOT NULL,
  seq INT NOT NULL,
  notes VARCHAR(20000) NOT NULL DEFAULT '',
  version INT NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  updated_by BIGINT REFERENCES app_user (id),
  updated_at TIMESTAMP,
  CONSTRAINT meeting_seq UNIQUE (engagement_id, meeting_month, seq),
  CONSTRAINT meeting_seq_positive CHECK (seq >= 1)
);

CREATE INDEX meeting_client ON meeting (client_id, meeting_month);

CREATE TABLE meeting_decision (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meeting (id),
  client_id BIGINT NOT NULL REFERENCES client (id),
  body VARCHAR(2000) NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE action_item (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  meeting_id BIGINT NOT NULL REFERENCES meeting (id),
  body VARCHAR(1000) NOT NULL,
  owner VARCHAR(20) NOT NULL,
  due_date DATE NOT NULL,
  created_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at TIMESTAMP NOT NULL,
  done_by BIGINT REFERENCES app_user (id),
  done_at TIMESTAMP,
  CONSTRAINT action_item_owner CHECK (owner IN ('CONSULTANT', 'CLIENT'))
);

CREATE INDEX action_item_client ON action_item (client_id, done_at);
