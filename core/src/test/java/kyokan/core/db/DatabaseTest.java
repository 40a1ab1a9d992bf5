package kyokan.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kyokan.core.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  private static final String PLUGIN_MIGRATIONS = "classpath:kyokan/testplugin/db/migration";

  @TempDir Path dir;

  @Test
  void pluginMigrationIsAppliedOnceInItsOwnHistoryTable() {
    try (TestDatabase data = TestDatabase.open(dir)) {
      Database db = data.db();
      ClassLoader loader = DatabaseTest.class.getClassLoader();

      db.migrate(PLUGIN_MIGRATIONS, loader, "flyway_step_test");
      int historyRows = count(db, "SELECT COUNT(*) FROM \"flyway_step_test\"");
      db.migrate(PLUGIN_MIGRATIONS, loader, "flyway_step_test");

      assertEquals(1, count(db, "SELECT COUNT(*) FROM test_thing WHERE name = 'first'"));
      assertEquals(historyRows, count(db, "SELECT COUNT(*) FROM \"flyway_step_test\""));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM \"flyway_step_test\" WHERE \"version\" = '1' AND \"success\""));
    }
  }

  @Test
  void reopeningAFolderKeepsItsData() {
    long migrationsApplied;
    try (TestDatabase first = TestDatabase.open(dir)) {
      first.consultant("yamada@example.jp");
      migrationsApplied = count(first.db(), "SELECT COUNT(*) FROM \"flyway_core_history\"");
    }

    try (TestDatabase again = TestDatabase.open(dir)) {
      assertTrue(again.db().isHealthy());
      assertEquals("山田 花子", again.accounts().findByEmail("yamada@example.jp").orElseThrow().getDisplayName());
      assertEquals(migrationsApplied, count(again.db(), "SELECT COUNT(*) FROM \"flyway_core_history\""), "nothing migrated twice");
    }
  }

  private static int count(Database db, String sql) {
    return db.read(s -> {
      try (Statement st = s.getConnection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    });
  }
}
