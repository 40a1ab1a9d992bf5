package kyokan.core.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How an exported CSV is encoded: both open in Excel in Japan without garbled text. */
public enum CsvEncoding {
  /** UTF-8 with a byte-order mark, which Excel needs to recognise UTF-8. */
  UTF8_BOM(StandardCharsets.UTF_8, "utf8"),
  /** Windows' Shift_JIS (CP932, with its ①, ～ and NEC/IBM extensions), for older Excel and tools. */
  SHIFT_JIS(Charset.forName("windows-31j"), "sjis");

  private final Charset charset;
  private final String urlName;

  CsvEncoding(Charset charset, String urlName) {
    this.charset = charset;
    this.urlName = urlName;
  }

  public Charset charset() {
    return charset;
  }

  /** e.g. {@code sjis}, for links. */
  public String urlName() {
    return urlName;
  }

  /** The encoding named in a link; UTF-8 with BOM for anything else. */
  public static CsvEncoding fromUrlName(String name) {
    return SHIFT_JIS.urlName.equals(name) ? SHIFT_JIS : UTF8_BOM;
  }
}
