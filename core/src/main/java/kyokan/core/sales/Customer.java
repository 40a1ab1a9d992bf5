package kyokan.core.sales;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A shop's customer. {@code code} is the shop's own id for them (from its POS), unique per client when given.
 * A customer merged into another keeps its row with {@code mergedInto} set and leaves every list.
 */
public class Customer {
  private long id;
  private long clientId;
  private String code;
  private String name;
  private String kana;
  private String phone;
  private String email;
  private String postalCode;
  private String address;
  private LocalDate birthday;
  private String notes;
  private Boolean contactConsent;
  private Long mergedInto;
  private Long createdByImport;
  private Instant createdAt;
  private Instant updatedAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public String getKana() { return kana; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public String getPostalCode() { return postalCode; }
  public String getAddress() { return address; }
  public LocalDate getBirthday() { return birthday; }
  public String getNotes() { return notes; }
  /** Null when the shop has not recorded an answer. */
  public Boolean getContactConsent() { return contactConsent; }
  public Long getMergedInto() { return mergedInto; }
  public Long getCreatedByImport() { return createdByImport; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }

  /** Name if known, else the shop's code: what a list shows. */
  public String getLabel() { return name != null ? name : code; }

  String getPhoneKey() { return Text.phoneKey(phone); }
  String getNameKey() { return Text.nameKey(name); }
  String getEmailKey() { return Text.emailKey(email); }

  static Customer create(long clientId, CustomerInput in, Long importId, Instant at) {
    Customer c = new Customer();
    c.clientId = clientId;
    c.createdByImport = importId;
    c.createdAt = at;
    c.apply(in, true, at);
    return c;
  }

  /** Takes the input's values; with {@code blanksClear} false a blank input value keeps the stored one. */
  void apply(CustomerInput in, boolean blanksClear, Instant at) {
    code = pick(code, Text.clean(in.code()), blanksClear);
    name = pick(name, Text.clean(in.name()), blanksClear);
    kana = pick(kana, Text.clean(in.kana()), blanksClear);
    phone = pick(phone, Text.clean(in.phone()), blanksClear);
    email = pick(email, Text.clean(in.email()), blanksClear);
    postalCode = pick(postalCode, Text.clean(in.postalCode()), blanksClear);
    address = pick(address, Text.clean(in.address()), blanksClear);
    birthday = pick(birthday, in.birthday(), blanksClear);
    notes = pick(notes, Text.clean(in.notes()), blanksClear);
    contactConsent = pick(contactConsent, in.contactConsent(), blanksClear);
    updatedAt = at;
  }

  CustomerInput toInput() {
    return new CustomerInput(code, name, kana, phone, email, postalCode, address, birthday, notes, contactConsent);
  }

  private static <T> T pick(T stored, T given, boolean blanksClear) {
    return given != null || blanksClear ? given : stored;
  }
}
