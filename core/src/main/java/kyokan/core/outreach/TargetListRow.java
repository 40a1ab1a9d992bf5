package kyokan.core.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** A target_list row as MyBatis reads and writes it. */
public class TargetListRow {
  Long id;
  long clientId;
  String purpose;
  LocalDate asOf;
  String cells;
  Integer minDaysSince;
  Integer maxDaysSince;
  Long productId;
  String tag;
  boolean postal;
  int holdoutPercent;
  long seed;
  long createdBy;
  Instant createdAt;

  public TargetListRow() {}

  TargetListRow(long clientId, String purpose, TargetRule rule, int holdoutPercent, long seed, long createdBy,
      Instant createdAt) {
    this.clientId = clientId;
    this.purpose = purpose;
    this.asOf = rule.asOf();
    this.cells = rule.cellsKey();
    this.minDaysSince = rule.minDaysSince();
    this.maxDaysSince = rule.maxDaysSince();
    this.productId = rule.productId();
    this.tag = rule.tag();
    this.postal = rule.postal();
    this.holdoutPercent = holdoutPercent;
    this.seed = seed;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getPurpose() { return purpose; }
  public LocalDate getAsOf() { return asOf; }
  public String getCells() { return cells; }
  public Integer getMinDaysSince() { return minDaysSince; }
  public Integer getMaxDaysSince() { return maxDaysSince; }
  public Long getProductId() { return productId; }
  public String getTag() { return tag; }
  public boolean isPostal() { return postal; }
  public int getHoldoutPercent() { return holdoutPercent; }
  public long getSeed() { return seed; }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }

  TargetList toList() {
    return new TargetList(id, clientId, purpose, new TargetRule(asOf, CellsKey.parse(cells), minDaysSince,
        maxDaysSince, productId, tag, postal), holdoutPercent, seed, createdBy, createdAt);
  }
}
