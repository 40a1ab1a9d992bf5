package kyokan.web.cli;

import java.nio.file.Files;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;
import kyokan.core.db.DatabaseSettings;

/** Opens the database of a command's workplace: never creates one, and explains a database in use. */
final class DataFolderDatabase {
  private DataFolderDatabase() {}

  static Database open(Workplace place) {
    DatabaseSettings settings = place.database();
    // The workbench creates the database (and its first consultant); a command only works on one that exists.
    boolean exists;
    try {
      exists = settings.isDerby() ? Files.isDirectory(settings.derbyFolder()) : Database.hasWorkbench(settings);
    } catch (DatabaseException e) {
      throw new CommandException("error.database", settings.describe());
    }
    if (!exists) {
      throw new CommandException("error.noDatabase", settings.isDerby() ? place.dataDir().toAbsolutePath().normalize() : settings.describe());
    }
    try {
      return Database.open(settings);
    } catch (DatabaseException e) {
      if (Database.isInUse(e)) throw new CommandException("error.inUse", place.dataDir());
      throw new CommandException("error.database", settings.describe());
    }
  }
}
