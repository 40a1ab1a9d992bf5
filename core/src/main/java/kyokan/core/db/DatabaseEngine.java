package kyokan.core.db;

/**
 * The two engines the workbench runs on. The name is also MyBatis' {@code databaseId}: a mapper statement
 * with {@code databaseId="postgresql"} replaces the plain one on that engine only.
 */
public enum DatabaseEngine {
  DERBY("org.apache.derby.iapi.jdbc.AutoloadedDriver", "derby"),
  POSTGRESQL("org.postgresql.Driver", "postgresql");

  private final String driver;
  private final String databaseId;

  DatabaseEngine(String driver, String databaseId) {
    this.driver = driver;
    this.databaseId = databaseId;
  }

  public String driver() { return driver; }

  public String databaseId() { return databaseId; }

  /** The column type of a piece of a file, for migrations' {@code ${binary}}: SQL's BLOB has no PostgreSQL spelling. */
  public String binaryType() {
    return this == DERBY ? "BLOB" : "BYTEA";
  }

  /**
   * The statement that refreshes the optimiser's statistics of {@code table}; on PostgreSQL a vacuum too, which
   * marks the pages visible so the covering indexes answer without visiting the table.
   */
  String statisticsSql(String table) {
    return switch (this) {
      case DERBY -> "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase(java.util.Locale.ROOT) + "', NULL)";
      case POSTGRESQL -> "VACUUM (ANALYZE) " + table.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
