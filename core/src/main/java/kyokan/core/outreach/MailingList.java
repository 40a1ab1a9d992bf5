package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.db.Database;
import kyokan.core.outreach.print.MailRecipient;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;

/**
 * The people a piece of mail goes to, with the merge fields every step offers: {氏名} and {最終来店日} (the
 * last purchase in the data). Customers gone from the ledger or merged away are skipped; in kana-name
 * order, as a shop sorts its envelopes.
 */
public final class MailingList {
  public static final String NAME = "氏名";
  public static final String LAST_VISIT = "最終来店日";
  private final Database db;
  private final AnalyticsService analytics;

  public MailingList(Database db, AnalyticsService analytics) {
    this.db = db;
    this.analytics = analytics;
  }

  /** A customer with their record and last purchase date (null when none). */
  public record Entry(Customer customer, LocalDate lastPurchase) {}

  public List<Entry> entries(long clientId, List<Long> customerIds) {
    Ledger ledger = analytics.ledger(clientId);
    CustomerSnapshot snapshot = ledger.lastSale().map(d -> analytics.snapshot(clientId, d)).orElse(null);
    List<Entry> entries = new ArrayList<>();
    db.read(s -> {
      CustomerMapper m = s.getMapper(CustomerMapper.class);
      for (long id : customerIds) {
        Customer c = m.selectById(clientId, id);
        if (c == null || c.getMergedInto() != null) continue;
        OptionalInt index = ledger.customerIndex(id);
        LocalDate last = snapshot != null && index.isPresent() ? snapshot.lastPurchase(index.getAsInt()) : null;
        entries.add(new Entry(c, last));
      }
      return null;
    });
    entries.sort(java.util.Comparator.comparing((Entry e) -> sortKey(e.customer())));
    return entries;
  }

  /** The entries as print recipients, each with {氏名}, {最終来店日} and the given extra fields. */
  public static List<MailRecipient> recipients(List<Entry> entries, Map<String, String> extra) {
    List<MailRecipient> list = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, String> fields = new java.util.LinkedHashMap<>(extra);
      fields.put(NAME, e.customer().getLabel());
      fields.put(LAST_VISIT, e.lastPurchase() == null ? "" : japaneseDate(e.lastPurchase()));
      list.add(new MailRecipient(e.customer().getLabel(), nullToEmpty(e.customer().getPostalCode()),
          nullToEmpty(e.customer().getAddress()), fields));
    }
    return list;
  }

  /** 2026年4月5日 */
  public static String japaneseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String sortKey(Customer c) {
    String k = c.getKana() != null && !c.getKana().isBlank() ? c.getKana() : c.getLabel();
    return k == null ? "" : k;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
