package kyokan.view.cockpit;

import java.util.List;

/**
 * Campaigns of the same kind (cells and channel) across the consultant's own clients: one pooled estimate per
 * kind beside each shop's campaigns. Shown only to the consultant whose clients they are.
 */
public record WhatWorkedPage(List<Kind> kinds, int clients) {

  /** One kind: pooled over every campaign whose window has passed (two or more), and each campaign as it stands. */
  public record Kind(String name, int campaigns, int shops, String difference, String interval, String verdict,
      String verdictClass, List<Campaign> rows) {

    /** Whether the kind has an estimate pooled across its campaigns (two or more with a finished window). */
    public boolean pooled() {
      return !"none".equals(verdictClass);
    }
  }

  /** One shop's campaign of that kind. */
  public record Campaign(String shop, String name, String link, String sendDate, String arms, String difference,
      String interval, String verdict, String verdictClass) {}
}
