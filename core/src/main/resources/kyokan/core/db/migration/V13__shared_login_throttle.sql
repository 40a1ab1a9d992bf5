-- The login throttle, shared by every workbench process on the database (issue 17). Keys are SHA-256 hex
-- of what is counted (an account, an address, or the pair), so no address or e-mail is kept in the clear.
CREATE TABLE login_failure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  throttle_key VARCHAR(64) NOT NULL,
  failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (throttle_key, failed_at);

CREATE TABLE login_known_pair (
  pair_key VARCHAR(64) NOT NULL PRIMARY KEY,
  seen_at TIMESTAMP NOT NULL
);
