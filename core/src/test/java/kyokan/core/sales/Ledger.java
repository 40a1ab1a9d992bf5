package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import kyokan.core.jobs.Progress;

/** Short ways to write sale lines and files in the ledger's tests. */
final class Ledger {
  private Ledger() {}

  /** A line without time or names; {@code customer} and {@code product} are codes (null: none). */
  static SaleLineInput line(String date, String orderNo, Integer lineNo, String customer, String product, long quantity,
      long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, orderNo, lineNo, customer, null, product, null, quantity, amount);
  }

  static ImportSource sales(String fileName, char digest) {
    return new ImportSource(fileName, String.valueOf(digest).repeat(64), ImportKind.SALES);
  }

  static ImportSource file(String fileName, char digest, ImportKind kind) {
    return new ImportSource(fileName, String.valueOf(digest).repeat(64), kind);
  }

  static Iterator<SaleLineInput> lines(SaleLineInput... lines) {
    return Arrays.asList(lines).iterator();
  }

  static CustomerInput customer(String code, String name, String phone, String email) {
    return new CustomerInput(code, name, null, phone, email, null, null, null, null, null);
  }

  static <T> Iterator<T> rows(List<T> rows) {
    return rows.iterator();
  }

  static final Progress QUIET = Progress.NONE;
}
