package kyokan.core.client;

import java.time.Instant;

/** A small business coached through the program, owned by one consultant. */
public class Client {
  private long id;
  private String name;
  private String businessType;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String currency;
  private long consultantId;
  private Instant createdAt;

  public long getId() { return id; }
  public String getName() { return name; }
  public String getBusinessType() { return businessType; }
  public String getContactName() { return contactName; }
  public String getContactEmail() { return contactEmail; }
  public String getContactPhone() { return contactPhone; }
  public String getCurrency() { return currency; }
  public long getConsultantId() { return consultantId; }

  /** Digits after the decimal point in the client's money (0 for yen, 2 for pounds): amounts are stored in that unit. */
  public int getMinorDigits() {
    return Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
  }
  public Instant getCreatedAt() { return createdAt; }

  static Client of(NewClient form, long consultantId, Instant at) {
    Client c = new Client();
    c.name = form.name().strip();
    c.businessType = form.businessType().strip();
    c.contactName = blankToNull(form.contactName());
    c.contactEmail = blankToNull(form.contactEmail());
    c.contactPhone = blankToNull(form.contactPhone());
    c.currency = form.currency();
    c.consultantId = consultantId;
    c.createdAt = at;
    return c;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
