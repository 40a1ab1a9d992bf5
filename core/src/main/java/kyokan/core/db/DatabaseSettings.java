package kyokan.core.db;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the workbench's database is: embedded Derby under a data folder (the default), or a PostgreSQL
 * server named by a URL such as {@code postgresql://HOST:PORT/DB?user=kyokan}.
 *
 * @param derbyFolder the Derby database's folder ({@code <data>/kyokan-db}); null on PostgreSQL
 * @param password PostgreSQL's password, kept out of the URL; may be null
 */
public record DatabaseSettings(DatabaseEngine engine, String jdbcUrl, String password, Path derbyFolder) {
  private static final String PG = "postgresql://";
  private static final String JDBC_PG = "jdbc:" + PG;

  public DatabaseSettings {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(jdbcUrl);
  }

  /** The embedded database of a data folder. */
  public static DatabaseSettings derby(Path dataDir) {
    Path folder = dataDir.resolve("kyokan-db").toAbsolutePath();
    return new DatabaseSettings(DatabaseEngine.DERBY, "jdbc:derby:" + folder + ";create=true", null, folder);
  }

  /** A PostgreSQL database from {@code postgresql://…} or {@code jdbc:postgresql://…}; refused when it is neither. */
  public static DatabaseSettings postgresql(String url, String password) {
    String text = url == null ? "" : url.strip();
    String jdbc = text.startsWith(JDBC_PG) ? text : text.startsWith(PG) ? "jdbc:" + text : null;
    if (jdbc == null || hostOf(jdbc) == null) {
      throw new IllegalArgumentException(
          "--db は postgresql://ホスト:ポート/データベース?user=… の形で指定してください / --db must look like postgresql://HOST:PORT/DB?user=…: " + text);
    }
    return new DatabaseSettings(DatabaseEngine.POSTGRESQL, jdbc, password == null || password.isEmpty() ? null : password, null);
  }

  public boolean isDerby() { return engine == DatabaseEngine.DERBY; }

  /**
   * What the driver gets beside the URL: the password, and on PostgreSQL {@code reWriteBatchedInserts}, which sends a
   * batch of inserts as multi-row inserts (an import's lines arrive several times faster). A URL parameter wins.
   */
  public Properties driverProperties() {
    Properties properties = new Properties();
    if (password != null) properties.setProperty("password", password);
    if (engine == DatabaseEngine.POSTGRESQL) properties.setProperty("reWriteBatchedInserts", "true");
    return properties;
  }

  /** The same PostgreSQL database with {@code schema} as its current schema (tests use one schema each). */
  public DatabaseSettings withSchema(String schema) {
    if (isDerby()) throw new IllegalStateException("Derby has no schema setting here");
    String separator = jdbcUrl.contains("?") ? "&" : "?";
    return new DatabaseSettings(engine, jdbcUrl + separator + "currentSchema=" + schema, password, null);
  }

  /** For messages and logs: the Derby folder, or the URL without any password in it. */
  public String describe() {
    return isDerby() ? derbyFolder.toString() : jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
  }

  private static String hostOf(String jdbc) {
    try {
      return URI.create(jdbc.substring("jdbc:".length())).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
