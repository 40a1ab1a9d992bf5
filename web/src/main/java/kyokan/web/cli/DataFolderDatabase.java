package kyokan.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;

/** Opens the database of a data folder for a command: never creates one, and explains a database in use. */
final class DataFolderDatabase {
  private DataFolderDatabase() {}

  static Database open(Path dataDir) {
    // The workbench creates the database (and its first consultant); a command only works on one that exists.
    if (!Files.isDirectory(dataDir.resolve("kyokan-db"))) {
      throw new CommandException("error.noDatabase", dataDir.toAbsolutePath().normalize());
    }
    try {
      return Database.open(dataDir);
    } catch (DatabaseException e) {
      if (inUse(e)) throw new CommandException("error.inUse", dataDir);
      throw new CommandException("error.database", dataDir);
    }
  }

  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
        if ("XSDB6".equals(s.getSQLState())) return true;
      }
    }
    return false;
  }
}
