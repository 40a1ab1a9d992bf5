package kyokan.core.outreach;

/**
 * Where a customer of a frozen target list stands: in one of the two arms, or left out before the draw
 * (METHOD.md, "Arms") with the reason.
 */
public enum Arm {
  CONTACTED, HELD_OUT, NO_CONSENT, NO_ADDRESS;

  public boolean isInDraw() {
    return this == CONTACTED || this == HELD_OUT;
  }
}
