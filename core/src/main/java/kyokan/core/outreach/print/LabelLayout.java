package kyokan.core.outreach.print;

/**
 * How to print on a part-used A4 label sheet: the printer's calibration offsets in mm (positive moves the print
 * right and down; at most ±{@value #MAX_OFFSET_MM} mm) and the label to start at on the first sheet (1–12, counted
 * left to right, then down).
 */
public record LabelLayout(double offsetXmm, double offsetYmm, int startAt) {
  public static final double MAX_OFFSET_MM = 10;
  public static final LabelLayout DEFAULT = new LabelLayout(0, 0, 1);

  public LabelLayout {
    if (!(Math.abs(offsetXmm) <= MAX_OFFSET_MM) || !(Math.abs(offsetYmm) <= MAX_OFFSET_MM)) {
      throw new IllegalArgumentException("label offsets must be within ±" + MAX_OFFSET_MM + " mm, got " + offsetXmm
          + ", " + offsetYmm);
    }
    if (startAt < 1 || startAt > LabelSheetPdf.LABELS_PER_SHEET) {
      throw new IllegalArgumentException("the first label must be 1–12, got " + startAt);
    }
  }
}
