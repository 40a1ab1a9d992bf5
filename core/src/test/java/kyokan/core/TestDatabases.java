package kyokan.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import kyokan.core.db.DatabaseSettings;

/**
 * The database a test runs on: Derby in the test's temp folder, or, when {@value #URL_VARIABLE} names a
 * PostgreSQL database (as {@code .ci/test-postgresql} sets it), a schema of its own there, named after the
 * temp folder so that reopening the folder reopens the same data.
 */
public final class TestDatabases {
  public static final String URL_VARIABLE = "KYOKAN_TEST_DB_URL";

  private TestDatabases() {}

  /** The PostgreSQL database the tests were asked to use, if any. */
  public static Optional<DatabaseSettings> server() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) return Optional.empty();
    return Optional.of(DatabaseSettings.postgresql(url, System.getenv("KYOKAN_TEST_DB_PASSWORD")));
  }

  /** Where the database of the temp folder {@code dir} lives: Derby under it, or its own PostgreSQL schema. */
  public static DatabaseSettings forFolder(Path dir) {
    return server().map(pg -> inSchema(pg, schemaOf(dir))).orElseGet(() -> DatabaseSettings.derby(dir));
  }

  /** True when the tests run on PostgreSQL. */
  public static boolean onServer() {
    return server().isPresent();
  }

  private static DatabaseSettings inSchema(DatabaseSettings server, String schema) {
    Properties login = new Properties();
    if (server.password() != null) login.setProperty("password", server.password());
    try (var c = DriverManager.getConnection(server.jdbcUrl(), login); var st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL for tests does not answer: " + server.describe(), e);
    }
    return server.withSchema(schema);
  }

  private static String schemaOf(Path dir) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return "t_" + HexFormat.of().formatHex(hash, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
