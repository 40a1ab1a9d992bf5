package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.TestDatabases;
import kyokan.core.client.Client;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseSettings;
import kyokan.web.demo.DemoClient;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kyokan export} on the embedded database and {@code ./kyokan import-client} into another (PostgreSQL
 * when the tests run there, else a second Derby): the demo client's every row of every table, core's and the
 * step plugins', arrives, ids given anew.
 */
class ClientTransferTest {
  @TempDir Path temp;

  @Test
  void theDemoClientMovesToAnotherDatabaseWithEveryRowOfEveryTable() throws Exception {
    Path source = temp.resolve("a");
    long clientId;
    try (TestHost host = TestHost.startOnDerby(source)) {
      new DemoClient(host.services()).ensure();
      clientId = host.services().clients().clientsOf(host.services().accounts().findByEmail(DemoClient.CONSULTANT_EMAIL).orElseThrow())
          .stream().filter(c -> c.getName().equals(DemoClient.NAME)).findFirst().map(Client::getId).orElseThrow();
    }
    Path file = temp.resolve("sakura.zip");
    Map<String, String> sourceEnv = Map.of("KYOKAN_DATA", source.resolve("data").toString());
    assertEquals(0, run(sourceEnv, "export", "--client", DemoClient.NAME, "--out", file.toString()));

    Path target = temp.resolve("b");
    try (TestHost fresh = TestHost.start(target)) {
      // a fresh workbench (its tables, the plugins' included) where the demo's consultant has an account
      fresh.services().accounts().createConsultant(DemoClient.CONSULTANT_EMAIL, "山田 恵子", "another-password-here");
    }
    DatabaseSettings targetDb = TestDatabases.forFolder(target.resolve("data"));
    Map<String, String> targetEnv = new HashMap<>(Map.of("KYOKAN_DATA", target.resolve("data").toString()));
    if (!targetDb.isDerby()) targetEnv.put("KYOKAN_DB_URL", targetDb.jdbcUrl());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(0, run(targetEnv, printed, "import-client", file.toString()));
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    long newId = Long.parseLong(lines.get(lines.size() - 1));

    Map<String, List<String>> before;
    try (Database db = Database.open(DatabaseSettings.derby(source.resolve("data")))) {
      before = ClientRows.of(db, clientId);
    }
    Map<String, List<String>> after;
    try (Database db = Database.open(targetDb)) {
      after = ClientRows.of(db, newId);
    }
    for (String table : List.of("client", "app_user", "engagement", "step_unlock", "worksheet", "worksheet_answer",
        "sale_line", "customer", "product", "sales_import", "campaign", "target_list", "target_member", "contact_log",
        "follow_up_plan")) {
      assertTrue(before.containsKey(table) && !before.get(table).isEmpty(), "the demo has rows in " + table);
    }
    assertEquals(before.keySet(), after.keySet());
    for (String table : before.keySet()) {
      assertEquals(before.get(table).size(), after.get(table).size(), table + ": rows");
      assertEquals(before.get(table), after.get(table), table);
    }
    assertEquals(2, run(targetEnv, new ByteArrayOutputStream(), "import-client", file.toString()),
        "a second import would give the client's users' e-mails twice: refused, nothing written");
  }

  private static int run(Map<String, String> env, String... args) {
    return run(env, new ByteArrayOutputStream(), args);
  }

  private static int run(Map<String, String> env, ByteArrayOutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
        .run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
    if (code != 0) System.err.println(err.toString(StandardCharsets.UTF_8));
    return code;
  }
}
