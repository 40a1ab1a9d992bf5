package kyokan.core.chart;

/**
 * The colours a chart may use, named by role so the pages and the PDF report agree. Roles differ in
 * lightness (and neighbouring categories alternate dark and light) so a greyscale print still tells series
 * apart.
 */
public enum ColorRole {
  PRIMARY(0x1f5a96), SECONDARY(0x8cb8e0), ACCENT(0xc0561b), MUTED(0xd4d4d4),
  CATEGORY_1(0x1f5a96), CATEGORY_2(0xf0a35e), CATEGORY_3(0x2e7d4f), CATEGORY_4(0xc6b0d8),
  CATEGORY_5(0xb03a2e), CATEGORY_6(0x8fd0c8), CATEGORY_7(0x6b4f9e), CATEGORY_8(0xf2d16b),
  CATEGORY_9(0x5b5b5b), CATEGORY_10(0xe79cb4);

  private static final ColorRole[] CATEGORIES = {CATEGORY_1, CATEGORY_2, CATEGORY_3, CATEGORY_4, CATEGORY_5,
      CATEGORY_6, CATEGORY_7, CATEGORY_8, CATEGORY_9, CATEGORY_10};
  /** How pale a heat-map cell at the low end of its scale is: the share of white mixed in. */
  private static final double PALEST = 0.92;

  private final int rgb;

  ColorRole(int rgb) {
    this.rgb = rgb;
  }

  /** The colour as 0xRRGGBB. */
  public int rgb() {
    return rgb;
  }

  /** The categorical colour for the series at {@code index} (0-based); after ten the palette repeats. */
  public static ColorRole category(int index) {
    return CATEGORIES[Math.floorMod(index, CATEGORIES.length)];
  }

  /** A heat-map shade for {@code t} in 0..1 (clamped): a pale tint of this colour at 0, the colour itself at 1. */
  public int shade(double t) {
    double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    double white = PALEST * (1 - clamped);
    int r = mix((rgb >> 16) & 0xff, white);
    int g = mix((rgb >> 8) & 0xff, white);
    int b = mix(rgb & 0xff, white);
    return (r << 16) | (g << 8) | b;
  }

  private static int mix(int channel, double white) {
    return (int) Math.round(channel + (255 - channel) * white);
  }

  /** CIE L* (0 black … 100 white) of a 0xRRGGBB colour: what is left of it in a greyscale print. */
  public static double lightness(int rgb) {
    double y = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
        + 0.0722 * linear(rgb & 0xff);
    return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
