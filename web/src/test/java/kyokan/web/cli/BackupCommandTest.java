package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import kyokan.core.TestDatabases;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.db.BackupRequests;
import kyokan.core.db.Database;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./kyokan backup}: Derby's online backup, restored by opening (or copying back) the copied folder. */
class BackupCommandTest {
  @TempDir Path temp;

  @Test
  void aBackupOfAStoppedWorkbenchOpensAsADataFolderWithItsData() {
    assumeFalse(TestDatabases.onServer(), "Derby's backup");
    Console console = Console.withDatabase(temp.resolve("data"));
    Path out = temp.resolve("backups/2026-12-07");

    assertEquals(0, console.run("backup", "--out", out.toString()), console.err());
    assertTrue(console.out().contains("バックアップしました") && console.out().contains("backed up"), console.out());
    assertTrue(Files.isDirectory(out.resolve("kyokan-db")));
    try (Database restored = Database.open(out)) {
      assertTrue(accounts(restored).findByEmail("consultant@test.kyokan.jp").isPresent());
    }
    assertEquals(2, console.run("backup", "--out", out.toString()), "an existing backup is never overwritten");
    assertTrue(console.err().contains("already holds a backup"), console.err());
  }

  @Test
  void theRunningWorkbenchMakesTheCopyAsOfTheMomentItWasAskedAndKeepsWorking() throws Exception {
    assumeFalse(TestDatabases.onServer(), "Derby's backup");
    Path out = temp.resolve("backup");
    try (TestHost host = TestHost.start(temp)) {
      AccountService accounts = host.services().accounts();
      accounts.createConsultant("before@test.kyokan.jp", "前", "consultant-password");

      Path copy = BackupRequests.request(temp.resolve("data"), out, Duration.ofMinutes(2));

      accounts.createConsultant("after@test.kyokan.jp", "後", "consultant-password");
      assertEquals(out.resolve("kyokan-db").toAbsolutePath().normalize(), copy);
    }
    try (Database restored = Database.open(out)) {
      assertTrue(accounts(restored).findByEmail("before@test.kyokan.jp").isPresent());
      assertTrue(accounts(restored).findByEmail("after@test.kyokan.jp").isEmpty(), "the copy is of one moment");
    }
  }

  @Test
  void aPostgresqlDatabaseIsPointedToPgDump() {
    assumeTrue(TestDatabases.onServer(), "PostgreSQL only");
    Console console = Console.withDatabase(temp.resolve("data"));
    assertEquals(2, console.run("backup", "--out", temp.resolve("b").toString()));
    assertTrue(console.err().contains("pg_dump"), console.err());
  }

  private static AccountService accounts(Database db) {
    Clock clock = Clock.systemDefaultZone();
    return new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock);
  }
}
