package kyokan.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.db.Database;

/**
 * The floor under an import: the same lines, already built, written into the ledger's own table (same schema,
 * same indexes, same settings, same database) with nothing but a JDBC batch, and the variants issue 16 asked
 * to try: the two wide indexes dropped during the load and built after, and Derby's bulk import into an empty
 * staging table followed by one INSERT … SELECT.
 */
final class RawBatchFloor {
  private static final String COLUMNS =
      "client_id, sale_date, sale_time, order_no, line_no, customer_id, product_id, quantity, amount, import_id, source_key";
  private static final int BATCH = 5_000;

  /** One stored line, as the import wrote it. */
  record Row(java.sql.Date date, java.sql.Time time, String orderNo, Integer lineNo, Long customerId, Long productId,
      long quantity, long amount, String sourceKey) {}

  private RawBatchFloor() {}

  static List<Row> linesOf(Database db, long clientId) {
    return db.read(s -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement ps = s.getConnection().prepareStatement(
          "SELECT sale_date, sale_time, order_no, line_no, customer_id, product_id, quantity, amount, source_key "
              + "FROM sale_line WHERE client_id = ? ORDER BY id")) {
        ps.setLong(1, clientId);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(r.getDate(1), r.getTime(2), r.getString(3), (Integer) r.getObject(4), (Long) r.getObject(5),
                (Long) r.getObject(6), r.getLong(7), r.getLong(8), r.getString(9)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return rows;
    });
  }

  /** Inserts the rows for another client in one transaction; returns the seconds it took. */
  static double batch(Database db, long clientId, List<Row> rows) {
    long start = System.nanoTime();
    db.write(s -> {
      try (PreparedStatement ps = s.getConnection().prepareStatement(
          "INSERT INTO sale_line (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (Row row : rows) {
          ps.setLong(1, clientId);
          ps.setDate(2, row.date());
          ps.setTime(3, row.time());
          ps.setString(4, row.orderNo());
          setNullable(ps, 5, row.lineNo(), Types.INTEGER);
          setNullable(ps, 6, row.customerId(), Types.BIGINT);
          setNullable(ps, 7, row.productId(), Types.BIGINT);
          ps.setLong(8, row.quantity());
          ps.setLong(9, row.amount());
          ps.setNull(10, Types.BIGINT);
          ps.setString(11, row.sourceKey());
          ps.addBatch();
          if (++n % BATCH == 0) ps.executeBatch();
        }
        ps.executeBatch();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
    return (System.nanoTime() - start) / 1e9;
  }

  /** The batch with the two wide indexes dropped first and created again after; returns {batch s, index s}. */
  static double[] batchWithoutWideIndexes(Database db, long clientId, List<Row> rows) {
    execute(db, "DROP INDEX sale_line_ledger", "DROP INDEX sale_line_recent");
    double load = batch(db, clientId, rows);
    long start = System.nanoTime();
    execute(db,
        "CREATE INDEX sale_line_ledger ON sale_line (client_id, customer_id, sale_date, sale_time, order_no, product_id, amount)",
        "CREATE INDEX sale_line_recent ON sale_line (client_id, sale_date DESC, sale_time DESC, order_no DESC, line_no, id DESC)");
    return new double[] {load, (System.nanoTime() - start) / 1e9};
  }

  /** Derby's bulk import into an empty staging table, then INSERT … SELECT into the ledger; returns {import s, insert s}. */
  static double[] bulkThroughStaging(Database db, long clientId, List<Row> rows, Path dir) {
    Path file = dir.resolve("staging.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Row r : rows) {
        out.write(clientId + "," + r.date() + "," + (r.time() == null ? "" : r.time()) + "," + quoted(r.orderNo()) + ","
            + text(r.lineNo()) + "," + text(r.customerId()) + "," + text(r.productId()) + "," + r.quantity() + ","
            + r.amount() + ",," + quoted(r.sourceKey()) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    execute(db, "CREATE TABLE sale_line_staging (client_id BIGINT, sale_date DATE, sale_time TIME, order_no VARCHAR(100), "
        + "line_no INT, customer_id BIGINT, product_id BIGINT, quantity BIGINT, amount BIGINT, import_id BIGINT, source_key VARCHAR(120))");
    long start = System.nanoTime();
    db.write(s -> {
      try (PreparedStatement call = s.getConnection().prepareStatement(
          "CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE(NULL, 'SALE_LINE_STAGING', ?, ',', '\"', 'UTF-8', 0)")) {
        call.setString(1, file.toAbsolutePath().toString());
        call.execute();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
    long mid = System.nanoTime();
    execute(db, "INSERT INTO sale_line (" + COLUMNS + ") SELECT " + COLUMNS + " FROM sale_line_staging", "DROP TABLE sale_line_staging");
    return new double[] {(mid - start) / 1e9, (System.nanoTime() - mid) / 1e9};
  }

  private static void execute(Database db, String... sql) {
    db.write(s -> {
      try (Statement st = s.getConnection().createStatement()) {
        for (String q : sql) st.execute(q);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }

  private static void setNullable(PreparedStatement ps, int i, Number value, int type) throws SQLException {
    if (value == null) ps.setNull(i, type);
    else ps.setObject(i, value, type);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String quoted(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
