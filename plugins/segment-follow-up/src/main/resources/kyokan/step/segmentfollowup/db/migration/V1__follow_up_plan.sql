-- Step 4's follow-up plan: per CPM cell what to tell the customers, by which channel, when. A cell without
-- a row shows the program's practice (METHOD.md "Follow-up, by group") as an editable default.
CREATE TABLE follow_up_plan (
  client_id BIGINT NOT NULL REFERENCES client (id),
  cell VARCHAR(24) NOT NULL,
  message VARCHAR(2000) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  timing VARCHAR(200) NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES app_user (id),
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (client_id, cell)
);
