package kyokan.web.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import kyokan.core.TestDatabases;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseSettings;
import kyokan.web.Services;
import kyokan.web.Workbench;
import kyokan.web.WorkbenchConfig;
import kyokan.web.cli.Workplace;

/** The real host with the real step plugin jars, on a free port, with its database in a temp folder (or a PostgreSQL schema of its own: {@link TestDatabases}). */
public final class TestHost implements AutoCloseable {
  /** Where the build copies the seven step plugin jars (see web/pom.xml). */
  public static final Path PLUGINS = Path.of("target/plugins");
  public static final String ADMIN_EMAIL = "admin@test.kyokan.jp";
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";

  private final Workbench workbench;

  private TestHost(Workbench workbench) {
    this.workbench = workbench;
  }

  public static TestHost start(Path tempDir) {
    return start(tempDir, PLUGINS);
  }

  public static TestHost start(Path tempDir, Path pluginsDir) {
    return start(tempDir, pluginsDir, TestDatabases.forFolder(tempDir.resolve("data")));
  }

  /**
   * A second workbench process on {@code first}'s database, with a data folder of its own under {@code tempDir}:
   * whatever the two share, they share through the database.
   */
  public static TestHost startBeside(TestHost first, Path tempDir) {
    return start(tempDir, PLUGINS, first.services().core().get(Database.class).settings());
  }

  /** On the embedded Derby database whatever the tests' engine (to move a client from Derby to the other). */
  public static TestHost startOnDerby(Path tempDir) {
    return start(tempDir, PLUGINS, DatabaseSettings.derby(tempDir.resolve("data")));
  }

  private static TestHost start(Path tempDir, Path pluginsDir, DatabaseSettings database) {
    // bcrypt cost 4 keeps password hashing fast in tests; production uses 12.
    return new TestHost(Workbench.start(new WorkbenchConfig(0, tempDir.resolve("data"), pluginsDir, false,
        ADMIN_EMAIL, ADMIN_PASSWORD, 4, Clock.systemDefaultZone(), Set.of(), database)));
  }

  /** Where a command works on the data of a host started in {@code tempDir}. */
  public static Workplace workplace(Path tempDir) {
    Path data = tempDir.resolve("data");
    return new Workplace(data, TestDatabases.forFolder(data));
  }

  public String baseUrl() {
    return "http://localhost:" + workbench.port();
  }

  public Services services() {
    return workbench.services();
  }

  public Workbench workbench() {
    return workbench;
  }

  public WebClient client() {
    return new WebClient(baseUrl());
  }

  @Override
  public void close() {
    workbench.close();
  }
}
