-- The sales ledger (step 1): products, customers and sale lines per client, the imports that brought them,
-- customer merges, saved column mappings, and a data version that every change bumps.
CREATE TABLE sales_import (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  kind VARCHAR(20) NOT NULL,
  file_name VARCHAR(260) NOT NULL,
  file_sha256 CHAR(64) NOT NULL,
  rows_read INT NOT NULL,
  rows_imported INT NOT NULL,
  rows_skipped INT NOT NULL,
  rows_duplicate INT NOT NULL,
  imported_by BIGINT NOT NULL REFERENCES app_user (id),
  imported_at TIMESTAMP NOT NULL,
  undone_by BIGINT REFERENCES app_user (id),
  undone_at TIMESTAMP,
  CONSTRAINT sales_import_kind CHECK (kind IN ('SALES', 'CUSTOMERS', 'PRODUCTS'))
);

CREATE INDEX sales_import_file ON sales_import (client_id, file_sha256);

-- A code is unique per client when given; Derby lets any number of rows leave it NULL.
CREATE TABLE product (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  code VARCHAR(100),
  name VARCHAR(300) NOT NULL,
  unit_price BIGINT,
  created_by_import BIGINT REFERENCES sales_import (id),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT product_code UNIQUE (client_id, code)
);

CREATE INDEX product_name ON product (client_id, name);

-- phone_key, name_key and email_key are normalised copies kept for finding probable duplicates.
CREATE TABLE customer (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  code VARCHAR(100),
  name VARCHAR(200),
  kana VARCHAR(200),
  phone VARCHAR(40),
  email VARCHAR(254),
  postal_code VARCHAR(20),
  address VARCHAR(500),
  birthday DATE,
  notes VARCHAR(4000),
  contact_consent BOOLEAN,
  phone_key VARCHAR(40),
  name_key VARCHAR(200),
  email_key VARCHAR(254),
  merged_into BIGINT REFERENCES customer (id),
  created_by_import BIGINT REFERENCES sales_import (id),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT customer_code UNIQUE (client_id, code)
);

CREATE INDEX customer_phone ON customer (client_id, phone_key);
CREATE INDEX customer_name ON customer (client_id, name_key);

-- source_key (order number # line number, when the source has both) recognises lines already imported.
-- Only the indexes the ledger is read by: every index costs time on each of the hundreds of thousands of
-- lines an import inserts, so there are no foreign keys here (each would add one). The services write
-- only customer and product ids they have checked belong to the client, and delete only unused ones.
CREATE TABLE sale_line (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL,
  sale_date DATE NOT NULL,
  sale_time TIME,
  order_no VARCHAR(100),
  line_no INT,
  customer_id BIGINT,
  product_id BIGINT,
  quantity BIGINT NOT NULL,
  amount BIGINT NOT NULL,
  import_id BIGINT,
  source_key VARCHAR(120),
  CONSTRAINT sale_line_source UNIQUE (client_id, source_key)
);

CREATE INDEX sale_line_customer ON sale_line (client_id, customer_id, sale_date);
CREATE INDEX sale_line_date ON sale_line (client_id, sale_date);

CREATE TABLE customer_merge (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES client (id),
  kept_id BIGINT NOT NULL REFERENCES customer (id),
  merged_id BIGINT NOT NULL REFERENCES customer (id),
  lines_moved INT NOT NULL,
  merged_by BIGINT NOT NULL REFERENCES app_user (id),
  merged_at TIMESTAMP NOT NULL
);

-- The importing package's encoded column mapping, remembered per client and file kind.
CREATE TABLE import_mapping (
  client_id BIGINT NOT NULL REFERENCES client (id),
  kind VARCHAR(20) NOT NULL,
  mapping VARCHAR(8000) NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES app_user (id),
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (client_id, kind)
);

-- Bumped by every import, undo, edit and merge; analytics results are cached per version.
CREATE TABLE sales_data_version (
  client_id BIGINT NOT NULL PRIMARY KEY REFERENCES client (id),
  version BIGINT NOT NULL
);
