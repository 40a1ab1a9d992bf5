-- A plugin's own table, applied through Database.migrate like a step plugin's migrations.
CREATE TABLE test_thing (
  id INT NOT NULL PRIMARY KEY,
  name VARCHAR(40) NOT NULL
);

INSERT INTO test_thing (id, name) VALUES (1, 'first');
