package kyokan.core.analytics;

import java.util.List;
import java.util.Locale;

/**
 * One page of a sorted drill-down table (steps 2 and 3), with the links that sort it, page it and export
 * it. Links keep the list's own address ({@code link}, with its month) and add sort, direction and page.
 *
 * @param link the list's address with its month, without sort or page parameters
 * @param page 1-based, within {@code 1 … pageCount}
 */
public record CustomerTablePage(String link, CustomerTable.Column sort, boolean descending, int page, int pageCount,
    int total, List<CustomerTable.Row> rows) {
  public static final int SIZE = 50;

  /**
   * The page {@code askedPage} names ("2"; the first when absent or not a number, the last when past the end)
   * of {@code table}, already sorted by {@code sort}.
   */
  public static CustomerTablePage of(CustomerTable table, String link, CustomerTable.Column sort, boolean descending,
      String askedPage) {
    int pages = Math.max(1, (table.size() + SIZE - 1) / SIZE);
    int page = Math.min(pages, Math.max(1, number(askedPage)));
    return new CustomerTablePage(link, sort, descending, page, pages, table.size(), table.rows((page - 1) * SIZE, SIZE));
  }

  /** The link that sorts by {@code column}: descending first for figures, a second click flips it. */
  public String sortLink(CustomerTable.Column column) {
    boolean desc = column == sort ? !descending : column != CustomerTable.Column.CODE && column != CustomerTable.Column.NAME;
    return link + "&sort=" + name(column) + "&desc=" + desc;
  }

  public String pageLink(int n) {
    return link + "&sort=" + name(sort) + "&desc=" + descending + "&page=" + n;
  }

  /** ▲/▼ beside the column the table is sorted by. */
  public String arrow(CustomerTable.Column column) {
    return column != sort ? "" : descending ? " ▼" : " ▲";
  }

  /** The whole list, in this order, as CSV in {@code encoding} ({@code utf8} or {@code sjis}). */
  public String exportLink(String encoding) {
    return link.replaceFirst("\\?", "/export?") + "&sort=" + name(sort) + "&desc=" + descending + "&encoding=" + encoding;
  }

  private static String name(CustomerTable.Column column) {
    return column.name().toLowerCase(Locale.ROOT);
  }

  private static int number(String s) {
    try {
      return s == null ? 1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
