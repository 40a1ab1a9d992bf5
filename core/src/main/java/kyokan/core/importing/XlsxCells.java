package kyokan.core.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * Turns a workbook cell into the text a CSV export of it would hold: dates as {@code 2024-01-05 07:45:00},
 * numbers without Excel's binary noise ({@code 13085} rather than {@code 13085.0}).
 */
final class XlsxCells {
  // Excel shows 15 significant digits; beyond that a stored double is noise such as 0.30000000000000004.
  private static final MathContext EXCEL_PRECISION = new MathContext(15);
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private XlsxCells() {}

  static String text(Cell cell, boolean date1904) {
    if (cell == null || cell.getType() == CellType.EMPTY) return "";
    String raw = cell.getRawValue();
    if (raw == null) return "";
    return switch (cell.getType()) {
      case NUMBER -> number(cell, raw, date1904);
      case FORMULA -> isNumber(raw) ? number(cell, raw, date1904) : raw;
      case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
      default -> cell.getText();
    };
  }

  private static String number(Cell cell, String raw, boolean date1904) {
    BigDecimal value = new BigDecimal(raw);
    if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()) && value.signum() >= 0) {
      return dateText(value, date1904);
    }
    return value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
  }

  private static String dateText(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    // Rounded to the second: 07:45 is stored as 0.32291666…, which would read back as 07:44:59.999.
    long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValue();
    LocalDateTime t = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days).atStartOfDay().plusSeconds(seconds);
    if (days == 0) return TIME.format(t);
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(t) : DATE_TIME.format(t);
  }

  private static boolean isNumber(String raw) {
    try {
      new BigDecimal(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Excel's built-in date and time formats, or a custom format with a year, day, hour or second in it. */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null || format.equalsIgnoreCase("General")) return false;
    // Literal text ("年", "¥"), bracketed parts ([$-411], [Red]) and escaped characters say nothing about dates.
    String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
    if (bare.matches("(?i).*[0#?]\\.?[0#?]*e[+-].*")) return false;
    return bare.matches("(?i).*[ydhs].*");
  }
}
