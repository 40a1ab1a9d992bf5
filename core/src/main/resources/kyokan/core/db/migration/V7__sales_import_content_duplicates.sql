-- Issue 16: lines without an order number are recognised as already imported by their content (date, time,
-- customer, product, quantity, amount and how often that content occurs in the file), kept in sale_line.source_key
-- as "=<digest>#<occurrence>". This counts, per import, how many of its duplicates were recognised that way
-- (rows_duplicate stays the total of both kinds).
ALTER TABLE sales_import ADD COLUMN rows_duplicate_content INT NOT NULL DEFAULT 0;
