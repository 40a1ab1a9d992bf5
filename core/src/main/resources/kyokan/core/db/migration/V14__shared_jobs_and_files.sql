-- Background jobs and the files they work on, shared by every workbench process on the database (issue 17):
-- an upload made through one process is imported through another, and a job started on one is watched
-- from any. Owned by an owner key (a client's id, or minus a consultant's user id), not by a client_id
-- column: they are passing work, not client data, so a client's export leaves them behind.
CREATE TABLE shared_file (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  owner_key BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX shared_file_created ON shared_file (created_at);

-- A file is kept in pieces of at most 1 MiB: neither engine then holds a whole large file in memory.
-- ${binary} is BLOB on Derby and BYTEA on PostgreSQL (Database.migrate sets it).
CREATE TABLE shared_file_chunk (
  file_id VARCHAR(36) NOT NULL REFERENCES shared_file (id) ON DELETE CASCADE,
  chunk_no INTEGER NOT NULL,
  content ${binary} NOT NULL,
  PRIMARY KEY (file_id, chunk_no)
);

CREATE TABLE background_job (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  owner_key BIGINT NOT NULL,
  title VARCHAR(255) NOT NULL,
  job_state VARCHAR(10) NOT NULL,
  rows_read BIGINT NOT NULL,
  permille INTEGER NOT NULL,
  result_file_id VARCHAR(36),
  error_message VARCHAR(2000),
  process_id VARCHAR(100) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  heartbeat_at TIMESTAMP NOT NULL
);
CREATE INDEX background_job_started ON background_job (started_at);
