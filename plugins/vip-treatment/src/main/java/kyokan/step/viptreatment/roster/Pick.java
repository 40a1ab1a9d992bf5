package kyokan.step.viptreatment.roster;

import java.time.Instant;
import java.time.LocalDate;

/** A hand-picked addition to the roster or removal from it, with its reason, from a month end on (a vip_pick row). */
public class Pick {
  public enum Kind { ADD, REMOVE }

  long id;
  long customerId;
  String pickKind;
  String reason;
  LocalDate effectiveFrom;
  String pickedByName;
  Instant pickedAt;

  public long getId() { return id; }
  public long getCustomerId() { return customerId; }
  public Kind getKind() { return Kind.valueOf(pickKind); }
  public String getReason() { return reason; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public String getPickedByName() { return pickedByName; }
  public Instant getPickedAt() { return pickedAt; }
}
