package kyokan.core.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One 7-month cycle (クール) of the program for one client, one step a month from its start month. */
public class Engagement {
  public static final int MONTHS = 7;

  private long id;
  private long clientId;
  private int cycle;
  private LocalDate startMonth;
  private long createdBy;
  private Instant createdAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public int getCycle() { return cycle; }
  public YearMonth getStart() { return YearMonth.from(startMonth); }
  public YearMonth getEnd() { return getStart().plusMonths(MONTHS - 1); }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }

  /** The month a step is planned for: step 1 in the start month, step n n−1 months later. */
  public YearMonth plannedMonth(int stepNumber) {
    return getStart().plusMonths(stepNumber - 1L);
  }

  /** Which month of the program {@code month} is (1–7), 0 before the start, 8 after the end. */
  public int programMonth(YearMonth month) {
    long n = getStart().until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
    return (int) Math.max(0, Math.min(MONTHS + 1, n));
  }

  static Engagement of(long clientId, int cycle, YearMonth start, long createdBy, Instant at) {
    Engagement e = new Engagement();
    e.clientId = clientId;
    e.cycle = cycle;
    e.startMonth = start.atDay(1);
    e.createdBy = createdBy;
    e.createdAt = at;
    return e;
  }
}
