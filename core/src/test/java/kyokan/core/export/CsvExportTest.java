package kyokan.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static final List<String> HEADER = List.of("顧客コード", "お名前", "累計金額");

  @Test
  void utf8StartsWithAByteOrderMarkAndQuotesWhatNeedsIt() {
    byte[] csv = CsvExport.write(HEADER, List.of(List.of("C001", "山田, 花子", "12000"), List.of("C002", "\"まめ\"", "-500")),
        CsvEncoding.UTF8_BOM);

    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    assertEquals("\uFEFF顧客コード,お名前,累計金額\r\nC001,\"山田, 花子\",12000\r\nC002,\"\"\"まめ\"\"\",-500\r\n",
        new String(csv, StandardCharsets.UTF_8));
  }

  @Test
  void shiftJisHoldsWindowsCharactersAndHasNoBom() {
    byte[] csv = CsvExport.write(List.of("名前"), List.of(List.of("髙橋①～")), CsvEncoding.SHIFT_JIS);

    assertEquals("名前\r\n髙橋①～\r\n", new String(csv, Charset.forName("windows-31j")));
    assertEquals((byte) 0x96, csv[0], "Shift_JIS lead byte of 名");
  }

  @Test
  void formulasAreDefusedButNegativeNumbersStay() {
    byte[] csv = CsvExport.write(List.of("a"), List.of(List.of("=1+1"), List.of("@SUM(A1)"), List.of("-1,200"),
        List.of("-x"), List.of("+81")), CsvEncoding.UTF8_BOM);

    assertEquals("\uFEFFa\r\n'=1+1\r\n'@SUM(A1)\r\n\"-1,200\"\r\n'-x\r\n'+81\r\n", new String(csv, StandardCharsets.UTF_8));
  }

  @Test
  void encodingsByTheirLinkNames() {
    assertEquals(CsvEncoding.SHIFT_JIS, CsvEncoding.fromUrlName("sjis"));
    assertEquals(CsvEncoding.UTF8_BOM, CsvEncoding.fromUrlName("utf8"));
    assertEquals(CsvEncoding.UTF8_BOM, CsvEncoding.fromUrlName(null));
  }
}
