package kyokan.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Derby's online backup: a copy of the embedded database, consistent as of one moment, made while the
 * workbench keeps working (writes wait for the copy of the data files). Restoring is copying the folder back.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}).
 */
public final class DerbyBackup {
  private DerbyBackup() {}

  /** Copies {@code db} into {@code dir}/kyokan-db and answers that folder; refused on PostgreSQL. */
  public static Path run(Database db, Path dir) {
    if (!db.settings().isDerby()) {
      throw new UnsupportedOperationException("PostgreSQL はそのツール pg_dump でバックアップしてください / back PostgreSQL up with pg_dump");
    }
    Path target = dir.toAbsolutePath().normalize();
    Path copy = target.resolve(db.settings().derbyFolder().getFileName());
    if (Files.exists(copy)) throw new DatabaseException("バックアップ先にすでにデータベースがあります / the folder already holds a backup: " + copy, null);
    try (Connection c = db.connection(); var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      Files.createDirectories(target);
      call.setString(1, target.toString());
      call.execute();
      if (!c.getAutoCommit()) c.commit();
      return copy;
    } catch (SQLException | IOException e) {
      throw new DatabaseException("バックアップできません / the backup failed: " + target, e);
    }
  }
}
