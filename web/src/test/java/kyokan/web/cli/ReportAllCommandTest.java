package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./kyokan report --all}: every client's report of a month into a folder, a progress line per report. */
class ReportAllCommandTest {
  @TempDir Path temp;

  @Test
  void writesEveryClientsReportOfTheMonthWithProgressAndSkipsClientsWithoutAProgram() throws Exception {
    long x;
    long y;
    long none;
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      f.importDemoSales();
      x = f.clientX.getId();
      y = f.clientY.getId();
      Client idle = host.services().clients().create(f.consultantA, new NewClient("まだの店", "花屋", null, null, null));
      none = idle.getId();
    }
    String month = YearMonth.now().minusMonths(1).toString();
    Path out = temp.resolve("reports");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code = new ReportCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(ReportCommand.parse(
        new String[] {"--all", "--month", month, "--out", out.toString(), "--data", temp.resolve("data").toString()}),
        TestHost.workplace(temp), TestHost.PLUGINS);

    assertEquals(0, code);
    String printed = buffer.toString(StandardCharsets.UTF_8);
    for (long id : new long[] {x, y}) {
      Path pdf = out.resolve("progress-report-" + id + "-" + month + ".pdf");
      assertTrue(Files.exists(pdf), pdf + "\n" + printed);
      assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
    }
    assertTrue(printed.contains("[1/2] ") && printed.contains("[2/2] "), printed);
    assertTrue(printed.contains("skipped (no engagement): " + none), printed);
    assertTrue(Files.notExists(out.resolve("progress-report-" + none + "-" + month + ".pdf")));
  }

  @Test
  void allNeedsAMonth() {
    assertThrows(CommandException.class, () -> new ReportCommand(System.out).run(ReportCommand.parse(
        new String[] {"--all", "--out", temp.toString()}), TestHost.workplace(temp), TestHost.PLUGINS));
  }
}
