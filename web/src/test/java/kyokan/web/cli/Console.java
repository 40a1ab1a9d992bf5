package kyokan.web.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import kyokan.core.TestDatabases;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.db.Database;

/** Runs {@code ./kyokan COMMAND …} in the test's JVM on one data folder, keeping what it printed. */
final class Console {
  final Path data;
  private String out = "";
  private String err = "";

  Console(Path data) {
    this.data = data;
  }

  /** A data folder as the workbench leaves it after its first start: a database with one consultant. */
  static Console withDatabase(Path data) {
    try (Database db = Database.open(TestDatabases.forFolder(data))) {
      Clock clock = Clock.systemDefaultZone();
      new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock)
          .createConsultant("consultant@test.kyokan.jp", "山田", "consultant-password");
    }
    return new Console(data);
  }

  int run(String command, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        environment()).run(command, args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** The data folder, and on PostgreSQL the test's schema, as the command's environment names them. */
  private Map<String, String> environment() {
    Map<String, String> env = new java.util.HashMap<>(Map.of("KYOKAN_DATA", data.toString()));
    TestDatabases.server().ifPresent(server -> {
      env.put("KYOKAN_DB_URL", TestDatabases.forFolder(data).jdbcUrl());
      if (server.password() != null) env.put("KYOKAN_DB_PASSWORD", server.password());
    });
    return env;
  }

  String out() {
    return out;
  }

  String err() {
    return err;
  }

  /** The last line printed: what a script reads with {@code tail -1}. */
  String lastLine() {
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
