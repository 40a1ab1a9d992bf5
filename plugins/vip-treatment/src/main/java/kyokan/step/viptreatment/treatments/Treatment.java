package kyokan.step.viptreatment.treatments;

import java.time.LocalDate;

/** A treatment given to a customer: the perk, when, by whom, at what cost, and a note (a vip_treatment row). */
public class Treatment {
  long id;
  long customerId;
  String customerCode;
  String customerName;
  long perkId;
  String perkName;
  LocalDate treatedOn;
  String givenBy;
  long costMinor;
  String note;

  public long getId() { return id; }
  public long getCustomerId() { return customerId; }
  public String getCustomerCode() { return customerCode; }
  public String getCustomerLabel() { return customerName != null && !customerName.isBlank() ? customerName : customerCode; }
  public long getPerkId() { return perkId; }
  public String getPerkName() { return perkName; }
  public LocalDate getTreatedOn() { return treatedOn; }
  public String getGivenBy() { return givenBy; }
  public long getCostMinor() { return costMinor; }
  public String getNote() { return note; }
}
