package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a consultant scripts it: clients by name, help, refusals in both languages. */
class CommandsTest {
  @TempDir Path temp;

  @Test
  void clientAddPrintsTheNewNumberAndEveryCommandFindsTheClientByItsExactName() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    assertEquals(0, console.run("client", "add", "--name", "Corner Records", "--currency", "gbp", "--business", "CD shop"));
    long id = Long.parseLong(console.lastLine());
    assertTrue(console.out().contains("お客様を登録しました") && console.out().contains("client registered"), console.out());
    Path file = Files.writeString(temp.resolve("sales.csv"), "Date,Customer ID,Amount\n2026-01-05,C1,11.77\n2026-01-06,C2,3.50\n");

    assertEquals(0, console.run("import", "--client", "Corner Records", file.toString()), console.err());
    assertEquals(2, Ledgers.linesImported(console.data, id));
    assertTrue(console.out().contains("--map amount=Amount"), "the mapping used is printed: " + console.out());
    assertTrue(Ledgers.savedMapping(console.data, id).isPresent(), "and saved");
  }

  @Test
  void aNameMatchingNoClientOrSeveralIsExplained() {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "さくら");
    String first = console.lastLine();
    console.run("client", "add", "--name", "さくら");
    String second = console.lastLine();

    assertEquals(2, console.run("analyze", "--client", "さくら"));
    assertTrue(console.err().contains("名前「さくら」のお客様が 2 件あります（番号: " + first + ", " + second + "）"), console.err());
    assertTrue(console.err().contains("2 clients are named \"さくら\""), console.err());
    assertEquals(2, console.run("analyze", "--client", "online_retail"));
    assertTrue(console.err().contains("お客様「online_retail」は見つかりません") && console.err().contains("no client \"online_retail\""), console.err());
    assertNoJava(console.err());
  }

  @Test
  void helpPrintsTheUsageWithExitCodeZero() {
    Console console = new Console(temp.resolve("none"));
    assertEquals(0, console.run("import", "--help"));
    assertTrue(console.out().contains("使い方: ./kyokan import") && console.out().contains("usage: ./kyokan import"), console.out());
    assertTrue(console.out().contains("online-retail") && console.out().contains("--dry-run"), "names the presets and options");
    assertEquals(0, console.run("client", "-h"));
    assertTrue(console.out().contains("client add --name"));
    assertTrue(Commands.mainHelp().contains("client add") && Commands.mainHelp().contains("COMMAND --help"));
    assertFalse(Files.exists(temp.resolve("none")), "help touches no data folder");
  }

  @Test
  void unknownOptionsAreRefusedByName() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "A");
    Path file = Files.writeString(temp.resolve("s.csv"), "日付,金額\n2026-01-05,100\n");

    assertEquals(2, console.run("analyze", "--client", "A", "--asof", "1998-05-31"));
    assertEquals("不明なオプションです: --asof / unknown option: --asof", console.err().strip());
    assertEquals(2, console.run("import", "--client", "A", "--currency", "GBP", file.toString()));
    assertTrue(console.err().contains("--currency"), console.err());
    assertEquals(2, console.run("client", "add", "--name", "B", "--preset", "x"));
    assertTrue(console.err().contains("--preset"), console.err());
    assertEquals(0, Ledgers.imports(console.data, 1).size(), "nothing was imported");
  }

  @Test
  void aWrongTypeIsAMessageNeverAJavaClassName() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "A");
    Path file = Files.writeString(temp.resolve("s.csv"), "日付,金額\n2026-01-05,100\n");
    String[][] wrong = {
        {"import", "--client", "A", "--kind", "orders", file.toString()},
        {"import", "--client", "A", "--encoding", "latin9", file.toString()},
        {"import", "--client", "A", "--date-order", "YDM", file.toString()},
        {"import", "--client", "A", "--preset", "x", file.toString()},
        {"import", "--client", "A", "--map", "price", file.toString()},
        {"import", "--client", "A", "--map", "cost=金額", file.toString()},
        {"analyze", "--client", "A", "--as-of", "garbage"},
        {"report", "--client", "A", "--out", "x.pdf", "--engagement", "abc"},
        {"client", "add", "--name", "B", "--currency", "XYZ"},
    };
    for (String[] args : wrong) {
      int code = console.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
      assertEquals(2, code, String.join(" ", args));
      assertTrue(console.err().contains(" / "), "Japanese and English: " + console.err());
      assertNoJava(console.err());
    }
  }

  @Test
  void aDataFolderWithoutDatabaseIsSaidSoAndNothingIsCreated() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path file = Files.writeString(temp.resolve("s.csv"), "日付,金額\n2026-01-05,100\n");
    Console console = new Console(empty);

    assertEquals(2, console.run("import", "--client", "1", file.toString()));
    assertTrue(console.err().contains("データベースがありません") && console.err().contains("there is no database"), console.err());
    assertEquals(2, console.run("client", "add", "--name", "A"));
    try (var listing = Files.list(empty)) {
      assertEquals(0, listing.count(), "no database, no derby.log");
    }
  }

  @Test
  void theMappingPageCanBeSaidOnTheCommandLineAndDryRunWritesNothing() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "A");
    long id = Long.parseLong(console.lastLine());
    Path file = Files.writeString(temp.resolve("till.txt"), "when;who;paid;what\n05/01/2026;C1;1200;ブレンド\n13/01/2026;C2;800;ケーキ\n",
        StandardCharsets.UTF_8);

    assertEquals(0, console.run("import", "--client", "A", "--delimiter", ";", "--date-order", "dmy", "--map", "date=when",
        "--map", "customerCode=who", "--map", "amount=paid", "--dry-run", "--file", file.toString()), console.out() + console.err());
    assertTrue(console.out().contains("行数 2 · 取り込める行 2 · 問題のある行 0"), console.out());
    assertTrue(console.out().contains("点検のみ（--dry-run）: 何も取り込んでいません。 / check only (--dry-run): nothing was imported."));
    assertTrue(Ledgers.imports(console.data, id).isEmpty(), "a dry run imports nothing");
    assertTrue(Ledgers.savedMapping(console.data, id).isEmpty(), "and saves nothing");

    assertEquals(0, console.run("import", "--client", "A", "--delimiter", ";", "--date-order", "DMY", "--map", "date=when",
        "--map", "customerCode=who", "--map", "amount=paid", file.toString()));
    assertEquals(2, Ledgers.linesImported(console.data, id));
    assertTrue(Ledgers.savedMapping(console.data, id).orElseThrow().contains("dateOrder=DMY"), "the mapping used is saved");
  }

  @Test
  void aFileReadAsOneColumnSaysSoAndWhatToDo() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "A");
    Path file = Files.writeString(temp.resolve("s.csv"), "日付,金額\n2026-01-05,100\n");

    assertEquals(1, console.run("import", "--client", "A", "--delimiter", "tab", file.toString()));
    assertTrue(console.out().contains(": この項目の列を選んでください。 / Choose the column for this field."), console.out());
    assertTrue(console.out().contains("ファイルが1列として読まれました") && console.out().contains("read as a single column"), console.out());
  }

  @Test
  void aPresetTheBrowserOffersCanBeNamed() throws Exception {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "Online", "--currency", "GBP");
    long id = Long.parseLong(console.lastLine());
    Path file = Files.writeString(temp.resolve("retail.csv"),
        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
            + "489434,85048,LIGHT,12,12/1/2025 07:45,6.95,13085,United Kingdom\n");

    assertEquals(0, console.run("import", "--client", String.valueOf(id), "--preset", "ONLINE_RETAIL", file.toString()), console.err());
    assertTrue(console.out().contains("--map unitPrice=Price"), console.out());
    assertEquals(1, Ledgers.linesImported(console.data, id));
  }

  static void assertNoJava(String text) {
    assertFalse(text.matches("(?s).*(java\\.|kyokan\\.|Exception|\\bat [a-z]+\\.[a-z]).*"), "no Java class names: " + text);
  }
}
