package kyokan.core.outreach.print;

import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;

/**
 * How to print on a part-used A4 label sheet: the printer's calibration offsets in mm (positive moves the print
 * right and down; at most ±{@value #MAX_OFFSET_MM} mm) and the label to start at on the first sheet (1–12, counted
 * left to right, then down). Values outside these ranges are refused with message keys of
 * {@code kyokan/core/outreach/messages}, one per field.
 */
public record LabelLayout(double offsetXmm, double offsetYmm, int startAt) {
  public static final double MAX_OFFSET_MM = 10;
  public static final LabelLayout DEFAULT = new LabelLayout(0, 0, 1);

  public LabelLayout {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!(Math.abs(offsetXmm) <= MAX_OFFSET_MM)) problems.put("offsetXmm", "outreach.print.error.offset");
    if (!(Math.abs(offsetYmm) <= MAX_OFFSET_MM)) problems.put("offsetYmm", "outreach.print.error.offset");
    if (startAt < 1 || startAt > LabelSheetPdf.LABELS_PER_SHEET) problems.put("startAt", "outreach.print.error.startAt");
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }
}
