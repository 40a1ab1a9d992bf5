package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.step.StepRequest;

/** The customer form as typed, kept as text so a refused form comes back exactly as the user left it. */
public record CustomerForm(String code, String name, String kana, String phone, String email, String postalCode,
    String address, String birthday, String notes, boolean contactConsent) {

  static CustomerForm empty() {
    return new CustomerForm("", "", "", "", "", "", "", "", "", false);
  }

  static CustomerForm of(Customer c) {
    return new CustomerForm(orEmpty(c.getCode()), orEmpty(c.getName()), orEmpty(c.getKana()), orEmpty(c.getPhone()),
        orEmpty(c.getEmail()), orEmpty(c.getPostalCode()), orEmpty(c.getAddress()),
        c.getBirthday() == null ? "" : c.getBirthday().toString(), orEmpty(c.getNotes()), Boolean.TRUE.equals(c.getContactConsent()));
  }

  static CustomerForm read(StepRequest req) {
    return new CustomerForm(EntryRequests.text(req, "code"), EntryRequests.text(req, "name"), EntryRequests.text(req, "kana"),
        EntryRequests.text(req, "phone"), EntryRequests.text(req, "email"), EntryRequests.text(req, "postalCode"),
        EntryRequests.text(req, "address"), EntryRequests.text(req, "birthday"), req.form("notes").orElse("").strip(),
        req.form("contactConsent").isPresent());
  }

  /** The input for the service; a birthday that is not a date is noted in {@code errors}. */
  CustomerInput toInput(Map<String, String> errors) {
    return new CustomerInput(code, name, kana, phone, email, postalCode, address,
        Fields.date(birthday, errors, "birthday"), notes, contactConsent);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
