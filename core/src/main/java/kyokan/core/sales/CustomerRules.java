package kyokan.core.sales;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What makes a customer storable; the same rules for typing by hand and for importing a customer file. */
final class CustomerRules {
  static final String TOO_LONG = "error.sales.tooLong";
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private CustomerRules() {}

  /** Field → message key; empty when the customer can be stored. */
  static Map<String, String> problems(CustomerInput in) {
    Map<String, String> p = new LinkedHashMap<>();
    if (Text.clean(in.code()) == null && Text.clean(in.name()) == null) p.put("name", "error.sales.customer.nameOrCode");
    length(p, "code", in.code(), SaleLineRules.MAX_CODE);
    length(p, "name", in.name(), 200);
    length(p, "kana", in.kana(), 200);
    length(p, "phone", in.phone(), 40);
    length(p, "email", in.email(), 254);
    length(p, "postalCode", in.postalCode(), 20);
    length(p, "address", in.address(), 500);
    length(p, "notes", in.notes(), 4000);
    String email = Text.clean(in.email());
    if (email != null && !p.containsKey("email") && !EMAIL.matcher(email).matches()) p.put("email", "error.email.invalid");
    String digits = Text.phoneKey(in.phone());
    if (Text.clean(in.phone()) != null && !p.containsKey("phone") && (digits == null || digits.length() < 6 || digits.length() > 15)) {
      p.put("phone", "error.sales.phone.invalid");
    }
    return p;
  }

  static void length(Map<String, String> problems, String field, String value, int max) {
    if (Text.tooLong(value, max)) problems.putIfAbsent(field, TOO_LONG);
  }
}
