package kyokan.core.analytics;

/** The ten CPM cells: each group active, and its lapsed (離脱) twin. */
public enum CpmCell {
  FIRST_TIMER(CpmGroup.FIRST_TIMER, false),
  TODDLER(CpmGroup.TODDLER, false),
  STEADY(CpmGroup.STEADY, false),
  TREND(CpmGroup.TREND, false),
  LOYAL(CpmGroup.LOYAL, false),
  FIRST_TIMER_LAPSED(CpmGroup.FIRST_TIMER, true),
  TODDLER_LAPSED(CpmGroup.TODDLER, true),
  STEADY_LAPSED(CpmGroup.STEADY, true),
  TREND_LAPSED(CpmGroup.TREND, true),
  LOYAL_LAPSED(CpmGroup.LOYAL, true);

  private static final CpmCell[] VALUES = values();
  private static final int GROUPS = CpmGroup.values().length;
  private final CpmGroup group;
  private final boolean lapsed;

  CpmCell(CpmGroup group, boolean lapsed) {
    this.group = group;
    this.lapsed = lapsed;
  }

  public static CpmCell of(CpmGroup group, boolean lapsed) {
    return VALUES[group.ordinal() + (lapsed ? GROUPS : 0)];
  }

  public CpmGroup group() {
    return group;
  }

  public boolean isLapsed() {
    return lapsed;
  }

  /** e.g. 優良 or 優良離脱. */
  public String japanese() {
    return lapsed ? group.japanese() + "離脱" : group.japanese();
  }
}
