-- Issue 14: requests to the public pages (a survey's link, no login) counted per address and time window, kept
-- in the database so several processes sharing it count together. The address is stored as a hash.
CREATE TABLE public_request_count (
  address_hash VARCHAR(64) NOT NULL,
  window_start TIMESTAMP NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (address_hash, window_start)
);
CREATE INDEX public_request_count_window ON public_request_count (window_start);
