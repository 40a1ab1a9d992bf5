package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kyokan.core.TestDatabases;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.client.NewClient;
import kyokan.core.db.Database;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path temp;

  @Test
  void printsTheMonthsFiguresAsJson() throws Exception {
    Path data = temp.resolve("data");
    long clientId;
    try (Database db = Database.open(TestDatabases.forFolder(data))) {
      Clock clock = Clock.systemDefaultZone();
      User consultant = new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock)
          .createConsultant("c@test.kyokan.jp", "C", "consultant-password");
      Client client = new ClientService(db, clock).create(consultant, new NewClient("テスト珈琲", "喫茶店", null, null, null));
      clientId = client.getId();
      List<SaleLineInput> lines = List.of(
          line("2026-01-10", "1", "A", 1_000), line("2026-03-05", "2", "A", 2_000),
          line("2026-03-20", "3", "B", 500), line("2026-03-21", "4", null, 500));
      new SalesImportService(db, clock).importSales(clientId, new ImportSource("t.csv", "a".repeat(64), ImportKind.SALES),
          lines.iterator(), 0, consultant, Progress.NONE);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code = new AnalyzeCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(AnalyzeCommand.parse(
        new String[] {"--client", String.valueOf(clientId), "--as-of", "2026-03-31", "--json"}), new Workplace(data, TestDatabases.forFolder(data)));

    assertEquals(0, code);
    JsonNode json = new ObjectMapper().readTree(buffer.toString(StandardCharsets.UTF_8));
    assertEquals("2026-03-31", json.get("asOf").asText());
    // March: ¥3,000 in all, ¥2,500 from known customers; B's ¥500 is a first order, A's ¥2,000 a repeat.
    assertEquals(2_500.0 / 3_000, json.get("captureRate").asDouble(), 1e-12);
    assertEquals(0.8, json.get("q1RepeatShare").asDouble(), 1e-12);
    assertEquals(0.2, json.get("q2NewShare").asDouble(), 1e-12);
    // A: two purchases 54 days apart (tenure < 90) → よちよち; B: one purchase → 初回.
    assertEquals(1, json.get("cpmCells").get("TODDLER").asInt());
    assertEquals(1, json.get("cpmCells").get("FIRST_TIMER").asInt());
    // Money is stated once at the top, and every money field says it counts minor units.
    assertEquals("JPY", json.get("currency").asText());
    assertEquals(0, json.get("minorDigits").asInt());
    assertEquals(3_000, json.get("revenueMinor").asLong());
    assertEquals(2_500, json.get("identifiedRevenueMinor").asLong());
    assertEquals(70_000, json.get("thresholds").get("amountLimitMinor").asLong());
    assertEquals(List.of(), moneyFieldsWithoutUnit(json, ""));
  }

  /** Field names that look like money (revenue, amount, value, limit) but do not say they are minor units. */
  static List<String> moneyFieldsWithoutUnit(JsonNode node, String path) {
    List<String> bad = new java.util.ArrayList<>();
    node.fields().forEachRemaining(e -> {
      String name = e.getKey();
      boolean money = name.matches("(?i).*(revenue|amount|value|limit|price).*") && !name.matches("(?i).*(share|rate|count|lift).*");
      if (money && !name.endsWith("Minor")) bad.add(path + name);
      if (e.getValue().isObject()) bad.addAll(moneyFieldsWithoutUnit(e.getValue(), path + name + "."));
    });
    return bad;
  }

  private static SaleLineInput line(String date, String order, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, order, 1, customer, customer, "P1", "ブレンド", 1, amount);
  }
}
