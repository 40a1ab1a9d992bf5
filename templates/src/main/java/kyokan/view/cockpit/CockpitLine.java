package kyokan.view.cockpit;

import java.util.List;

/**
 * One client's row on the cockpit, every text already formatted in the reader's language.
 *
 * @param figures the last complete month's four figures with their change against the month before
 * @param sparklineSvg the twelve months of revenue as inline SVG, empty without data
 * @param movement the month's CPM movement in a word ("昇格 12・離脱 5・復帰 3"), empty without a movement
 * @param alerts the links to act on: late data, overdue items and the steps' alerts
 */
public record CockpitLine(long clientId, String name, String businessType, int programMonth, String programLabel,
    String stepTitle, String worksheetStatus, String worksheetStatusKey, String lastSale, boolean dataLate,
    String month, List<Figure> figures, String sparklineSvg, String movement, int openItems, int overdueItems,
    String nextMeeting, List<AlertLink> alerts, boolean stale) {

  /** A figure and how it moved: {@code trend} is up, down or flat, for the arrow's colour. */
  public record Figure(String key, String value, String change, String trend) {}

  /** An alert with the page to act on. */
  public record AlertLink(String kind, String text, String link) {}
}
