package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening sweep's bad files (issue 18), each generated here and imported from the command line: every
 * one ends with the message it deserves, and nothing is written to the ledger.
 */
class BadFileCorpusTest {
  private static final String HEADER = "日付,顧客番号,商品名,数量,金額\n";

  @TempDir Path temp;

  private record Bad(String name, byte[] content, String expected, String... options) {}

  @Test
  void everyBadFileIsExplainedAndNothingIsWritten() throws IOException {
    Console console = Console.withDatabase(temp.resolve("data"));
    console.run("client", "add", "--name", "A");
    long id = Long.parseLong(console.lastLine());
    List<Bad> corpus = List.of(
        new Bad("empty.csv", new byte[0], "このファイルは空です"),
        new Bad("blank-lines.csv", "\n\n  \n,,\n".getBytes(StandardCharsets.UTF_8), "This file is empty"),
        new Bad("picture.csv", png(), "表のファイル（CSV、TSV、.xlsx）ではありません。 / This file is not a table"),
        new Bad("extra-field.csv", utf8(HEADER + "2026-01-05,C1,ブレンド,3,1,200\n2026-01-05,C2,ケーキ,1,500\n"),
            "列の数がヘッダーと違います: 6列 (ヘッダーは5列) / 6 fields, the header has 5"),
        new Bad("open-quote.csv", utf8(HEADER + "2026-01-05,C1,\"ブレンド,1,500\n2026-01-06,C2,ケーキ,1,450\n"),
            "引用符（\"）が閉じられていないため、続く 1 行が1つの値に入っています。"),
        new Bad("mixed-encoding.csv", mixedEncoding(), "文字コード UTF-8 で読めない文字（�）があります。", "--encoding", "utf-8"),
        new Bad("future.csv", utf8(HEADER + "2026-01-05,C1,ブレンド,1,500\n2099-12-31,C2,ケーキ,1,450\n"),
            "日付が今日（" + LocalDate.now() + "）より後です: 2099-12-31 / The date 2099-12-31 is after today"),
        new Bad("bomb.xlsx", bomb(), "Excel ファイルに長すぎるセルがあります（1つのセルは 32,767 文字まで）。"),
        new Bad("long-value.csv", longValue(), "値が長すぎるため読めません"));

    for (Bad bad : corpus) {
      Path file = Files.write(temp.resolve(bad.name()), bad.content());
      List<String> args = new ArrayList<>(List.of("--client", "A"));
      args.addAll(List.of(bad.options()));
      args.add(file.toString());
      int code = console.run("import", args.toArray(String[]::new));

      String said = console.out() + console.err();
      assertTrue(code == 1 || code == 2, bad.name() + " exits with " + code + ": " + said);
      assertTrue(said.contains(bad.expected()), bad.name() + " says: " + said);
      CommandsTest.assertNoJava(console.err());
      assertEquals(0, Ledgers.imports(console.data, id).size(), bad.name() + ": nothing written");
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0};
  }

  private static byte[] mixedEncoding() {
    byte[] a = utf8(HEADER + "2026-01-05,C1,ブレンド,1,500\n");
    byte[] b = "2026-01-06,C2,ケーキ,1,450\n".getBytes(Charset.forName("windows-31j"));
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] bomb() throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
      byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 64; i++) zip.write(chunk);
      zip.write(utf8("</t></is></c></row></sheetData></worksheet>"));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private byte[] longValue() throws IOException {
    // 17 million characters in one unquoted value: more than the reader holds, with no quote anywhere.
    Path file = temp.resolve("long.tmp");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(utf8(HEADER + "2026-01-05,C1,"));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 17; i++) out.write(chunk);
      out.write(utf8(",1,500\n"));
    }
    return Files.readAllBytes(file);
  }
}
