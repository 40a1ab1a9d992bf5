package kyokan.web.support;

import java.nio.file.Path;
import java.time.Clock;
import kyokan.web.Services;
import kyokan.web.Workbench;
import kyokan.web.WorkbenchConfig;

/** The real host with the real step plugin jars, on a free port, with its database in a temp folder. */
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
    // bcrypt cost 4 keeps password hashing fast in tests; production uses 12.
    return new TestHost(Workbench.start(new WorkbenchConfig(0, tempDir.resolve("data"), pluginsDir, false,
        ADMIN_EMAIL, ADMIN_PASSWORD, 4, Clock.systemDefaultZone())));
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
