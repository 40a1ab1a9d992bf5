package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import java.text.Normalizer;
import java.time.LocalDate;
import kyokan.core.sales.CustomerInput;

/** Reads customers: a code or a name is required; kana, phone, e-mail and postal code are normalised to half-width. */
final class CustomerConverter implements RowConverter<CustomerInput> {
  private final MappedColumns columns;
  private final DateOrder dateOrder;

  CustomerConverter(MappedColumns columns) {
    this.columns = columns;
    this.dateOrder = columns.mapping().dateOrder();
  }

  @Override
  public ParsedRow<CustomerInput> convert(TableRow row) {
    RowCells r = new RowCells(columns, row);
    String code = r.text(CUSTOMER_CODE, Codes::normalize);
    String name = r.text(CUSTOMER_NAME, String::strip);
    if (r.isBlank(CUSTOMER_CODE) && r.isBlank(CUSTOMER_NAME)) {
      r.problem(columns.index(CUSTOMER_CODE) >= 0 ? CUSTOMER_CODE : CUSTOMER_NAME, ProblemKind.REQUIRED_MISSING,
          "顧客番号か名前のどちらかが必要です。");
    }
    String kana = r.text(KANA, CustomerConverter::nfkc);
    String phone = r.text(PHONE, CustomerConverter::nfkc);
    String email = r.text(EMAIL, CustomerConverter::nfkc);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) r.problem(EMAIL, ProblemKind.EMAIL_INVALID, ProblemKind.EMAIL_INVALID.defaultReason());
    String postalCode = r.text(POSTAL_CODE, CustomerConverter::postalCode);
    String address = r.text(ADDRESS, String::strip);
    DateTimeValue birthday = r.read(BIRTHDAY, s -> DateParser.parse(s, dateOrder));
    String notes = r.text(NOTES, String::strip);
    Boolean consent = r.read(CONTACT_CONSENT, ConsentParser::parse);
    LocalDate birthDate = birthday == null ? null : birthday.date();
    return r.result(new CustomerInput(code, name, kana, phone, email, postalCode, address, birthDate, notes, consent));
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  /** "〒１２３４５６７" becomes "123-4567"; other forms are kept as written. */
  private static String postalCode(String s) {
    String p = nfkc(s).replace("〒", "").strip();
    return p.matches("\\d{7}") ? p.substring(0, 3) + "-" + p.substring(3) : p;
  }
}
