package kyokan.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import kyokan.core.TestDatabase;
import kyokan.core.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On PostgreSQL a statistics refresh leaves the table's pages all-visible even when a transaction held its vacuum back. */
class VisibilityMapTest {
  @TempDir Path dir;

  @Test
  void aVacuumHeldBackByAnOlderTransactionIsRepeatedOnceThatTransactionEnds() throws Exception {
    assumeTrue(TestDatabases.onServer(), "PostgreSQL's vacuum; Derby's indexes need no visibility map");
    try (TestDatabase data = TestDatabase.open(dir);
        Connection older = connect(data.db().settings());
        Connection writer = connect(data.db().settings())) {
      older.setAutoCommit(false);
      older.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      older.createStatement().execute("SELECT 1");
      writer.createStatement().execute("CREATE TABLE visibility_probe (n INTEGER)");
      writer.createStatement().execute("INSERT INTO visibility_probe SELECT g FROM generate_series(1, 50000) g");
      // The older transaction ends while the refresh runs: after its first vacuum, before the repeat.
      Thread ender = new Thread(() -> {
        try {
          Thread.sleep(300);
          older.commit();
        } catch (InterruptedException | SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      ender.start();

      data.db().updateStatistics("VISIBILITY_PROBE");
      ender.join();

      try (var rs = writer.createStatement().executeQuery(
          "SELECT relpages, relallvisible FROM pg_class WHERE oid = to_regclass('visibility_probe')")) {
        rs.next();
        assertEquals(rs.getLong(1), rs.getLong(2), "pages all-visible of the table's pages");
      }
    }
  }

  private static Connection connect(DatabaseSettings settings) throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), settings.driverProperties());
  }
}
