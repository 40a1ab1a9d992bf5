package kyokan.core.segmentation;

/**
 * The suggested tenure limits keep METHOD.md's published proportions to the lapse cut-off (90 and 210
 * days to 240): short = 3/8 and long = 7/8 of the suggested lapse cut-off, each rounded to the nearest
 * multiple of {@value #STEP} days (halves up), short at least {@value #STEP} and long at least short. A shop
 * whose customers come back twice as fast gets limits twice as short; for a lapse cut-off of 240 days the
 * rule gives exactly the published 90 and 210. The sentence: "from your lapse cut-off of 150 days: よちよち
 * until 60 days, 優良 from 130 days".
 */
public record TenureSuggestion(int lapseDays, int shortNumerator, int longNumerator, int denominator, int step,
    int shortDays, int longDays) {
  public static final int SHORT_NUMERATOR = 3;
  public static final int LONG_NUMERATOR = 7;
  public static final int DENOMINATOR = 8;
  public static final int STEP = 10;

  static TenureSuggestion of(int lapseDays) {
    int shortDays = Math.max(STEP, nearest(lapseDays * (long) SHORT_NUMERATOR));
    int longDays = Math.max(shortDays, nearest(lapseDays * (long) LONG_NUMERATOR));
    return new TenureSuggestion(lapseDays, SHORT_NUMERATOR, LONG_NUMERATOR, DENOMINATOR, STEP, shortDays, longDays);
  }

  // (scaled / DENOMINATOR) rounded half up to a multiple of STEP, in integers.
  private static int nearest(long scaled) {
    long unit = (long) DENOMINATOR * STEP;
    return (int) ((scaled * 2 + unit) / (2 * unit) * STEP);
  }
}
