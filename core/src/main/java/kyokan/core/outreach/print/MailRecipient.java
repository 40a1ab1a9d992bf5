package kyokan.core.outreach.print;

import java.util.Map;

/**
 * One addressee: name, postal code, address, and the merge values a text may use ({@code 氏名}, {@code 最終来店日}, …).
 * Missing parts become empty, never null.
 */
public record MailRecipient(String name, String postalCode, String address, Map<String, String> fields) {
  public MailRecipient {
    name = name == null ? "" : name.strip();
    postalCode = postalCode == null ? "" : postalCode.strip();
    address = address == null ? "" : address.strip();
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
