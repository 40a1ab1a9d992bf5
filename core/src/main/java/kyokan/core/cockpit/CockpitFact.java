package kyokan.core.cockpit;

import java.time.LocalDate;

/**
 * One fact of a client that the cockpit reads live across all of a consultant's clients in one query each:
 * a worksheet's status, an unlocked step, open and overdue item counts, the next planned meeting.
 */
public class CockpitFact {
  private long clientId;
  private Long engagementId;
  private String stepId;
  private String status;
  private int number;
  private int number2;
  private LocalDate day;

  public long getClientId() { return clientId; }
  public Long getEngagementId() { return engagementId; }
  public String getStepId() { return stepId; }
  public String getStatus() { return status; }
  public int getNumber() { return number; }
  public int getNumber2() { return number2; }
  public LocalDate getDay() { return day; }
}
