package kyokan.core.prediction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.LedgerBuilder;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;

/** Hand-written sale lines for the prediction tests: built into a ledger in memory, or imported into a test database. */
final class PurchaseLines {
  record Line(String customer, LocalDate date, String orderNo, long amount) {}

  private final List<Line> lines = new ArrayList<>();

  static PurchaseLines of() {
    return new PurchaseLines();
  }

  /** A line; order number null for "that day's order". */
  PurchaseLines line(String date, String customer, String orderNo, long amount) {
    return line(LocalDate.parse(date), customer, orderNo, amount);
  }

  PurchaseLines line(LocalDate date, String customer, String orderNo, long amount) {
    lines.add(new Line(customer, date, orderNo, amount));
    return this;
  }

  /** The ledger, customers numbered by first mention, lines in the builder's order. */
  Ledger ledger() {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Line l : lines) ids.putIfAbsent(l.customer(), (long) ids.size() + 1);
    LedgerBuilder builder = new LedgerBuilder(1, 1, lines.size());
    ids.forEach((code, id) -> builder.customer(id, code, code));
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing((Line l) -> ids.get(l.customer())).thenComparing(Line::date)
        .thenComparing(Line::orderNo, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Line l : sorted) builder.line(ids.get(l.customer()), l.date(), null, l.orderNo(), null, l.amount());
    return builder.build();
  }

  /** Imports the lines as one sales file, each line its own numbered line of its order. */
  void importInto(TestDatabase data, long clientId, User by, String fileName) {
    List<SaleLineInput> inputs = new ArrayList<>();
    Map<String, Integer> lineNumbers = new LinkedHashMap<>();
    for (Line l : lines) {
      String key = l.customer() + "/" + (l.orderNo() == null ? l.date() : l.orderNo());
      int lineNo = lineNumbers.merge(key, 1, Integer::sum);
      inputs.add(new SaleLineInput(l.date(), null, l.orderNo(), l.orderNo() == null ? null : lineNo, l.customer(), null,
          null, null, 1, l.amount()));
    }
    data.salesImports().importSales(clientId, new ImportSource(fileName, sha256(fileName), ImportKind.SALES),
        inputs.iterator(), 0, by, Progress.NONE);
  }

  static int index(Ledger ledger, String code) {
    for (int c = 0; c < ledger.customerCount(); c++) if (code.equals(ledger.customerCode(c))) return c;
    throw new IllegalArgumentException("no customer " + code);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
