package kyokan.core.cockpit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import kyokan.core.analytics.Ratio;

/**
 * A client's precomputed cockpit figures (table {@code client_summary}), read together with the client and
 * the data versions in force now, so the page can tell a stale row from a fresh one.
 */
public class SummaryRow {
  private long clientId;
  private String clientName;
  private String businessType;
  private String currency;
  private Long currentVersion;
  private Long currentThresholdsId;
  private Long ledgerVersion;
  private Long thresholdsId;
  private LocalDate computedOn;
  private Instant computedAt;
  private LocalDate lastSale;
  private LocalDate summaryMonth;
  private boolean hasPrevious;
  private long revenue;
  private long prevRevenue;
  private int customers;
  private int prevCustomers;
  private long repeatPart;
  private long repeatWhole;
  private long prevRepeatPart;
  private long prevRepeatWhole;
  private int loyal;
  private int prevLoyal;
  private boolean hasMovement;
  private int promotions;
  private int lapses;
  private int returns;
  private String sparkline;

  public long getClientId() { return clientId; }
  public String getClientName() { return clientName; }
  public String getBusinessType() { return businessType; }
  public String getCurrency() { return currency == null ? "JPY" : currency.strip(); }
  /** Whether figures were ever computed for this client. */
  public boolean isComputed() { return ledgerVersion != null; }
  public Instant getComputedAt() { return computedAt; }
  public LocalDate getLastSale() { return lastSale; }
  public YearMonth getMonth() { return summaryMonth == null ? null : YearMonth.from(summaryMonth); }
  public boolean hasPrevious() { return hasPrevious; }
  public long getRevenue() { return revenue; }
  public long getPrevRevenue() { return prevRevenue; }
  public int getCustomers() { return customers; }
  public int getPrevCustomers() { return prevCustomers; }
  public Ratio getRepeatShare() { return new Ratio(repeatPart, repeatWhole); }
  public Ratio getPrevRepeatShare() { return new Ratio(prevRepeatPart, prevRepeatWhole); }
  public int getLoyal() { return loyal; }
  public int getPrevLoyal() { return prevLoyal; }
  public boolean hasMovement() { return hasMovement; }
  public int getPromotions() { return promotions; }
  public int getLapses() { return lapses; }
  public int getReturns() { return returns; }

  /** Revenue of the twelve months up to the summary month, oldest first; empty without a complete month. */
  public List<Long> sparklineValues() {
    if (sparkline == null || sparkline.isBlank()) return List.of();
    return Arrays.stream(sparkline.split(",")).map(Long::valueOf).toList();
  }

  /** Stale when the ledger or the thresholds changed since, or it was computed before today (alerts age). */
  public boolean isStale(LocalDate today) {
    return !isComputed() || ledgerVersion != (currentVersion == null ? 0 : currentVersion)
        || thresholdsId != (currentThresholdsId == null ? 0 : currentThresholdsId) || computedOn.isBefore(today);
  }

  static SummaryRow of(long clientId, long ledgerVersion, long thresholdsId, LocalDate today, Instant at) {
    SummaryRow r = new SummaryRow();
    r.clientId = clientId;
    r.ledgerVersion = ledgerVersion;
    r.thresholdsId = thresholdsId;
    r.computedOn = today;
    r.computedAt = at;
    r.sparkline = "";
    return r;
  }

  void lastSale(LocalDate date) { lastSale = date; }

  void month(YearMonth month, long revenue, int customers, Ratio repeat, int loyal) {
    summaryMonth = month.atDay(1);
    this.revenue = revenue;
    this.customers = customers;
    repeatPart = repeat.part();
    repeatWhole = repeat.whole();
    this.loyal = loyal;
  }

  void previous(long revenue, int customers, Ratio repeat, int loyal) {
    hasPrevious = true;
    prevRevenue = revenue;
    prevCustomers = customers;
    prevRepeatPart = repeat.part();
    prevRepeatWhole = repeat.whole();
    prevLoyal = loyal;
  }

  void movement(int promotions, int lapses, int returns) {
    hasMovement = true;
    this.promotions = promotions;
    this.lapses = lapses;
    this.returns = returns;
  }

  void sparkline(List<Long> revenues) {
    sparkline = String.join(",", revenues.stream().map(String::valueOf).toList());
  }
}
