package kyokan.step.viptreatment.treatments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TreatmentMapper {
  List<Perk> selectPerks(@Param("clientId") long clientId);

  int countPerks(@Param("clientId") long clientId);

  void insertPerk(Perk perk);

  void updatePerk(@Param("clientId") long clientId, @Param("perkId") long perkId, @Param("name") String name,
      @Param("channel") String channel, @Param("cost") long cost, @Param("retired") boolean retired);

  void insertTreatment(@Param("row") TreatmentRow row);

  /** The client's treatments dated from {@code from} to {@code to}, newest first. */
  List<Treatment> selectBetween(@Param("clientId") long clientId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  List<Treatment> selectByCustomer(@Param("clientId") long clientId, @Param("customerId") long customerId);

  /** Per customer ever treated, the date of their latest treatment. */
  List<LastTreated> selectLastTreated(@Param("clientId") long clientId);

  /** What a new treatment row holds; its id is filled in on insert. */
  class TreatmentRow {
    Long id;
    final long clientId;
    final long customerId;
    final long perkId;
    final LocalDate treatedOn;
    final String givenBy;
    final long costMinor;
    final String note;
    final long recordedBy;
    final Instant recordedAt;

    TreatmentRow(long clientId, long customerId, long perkId, LocalDate treatedOn, String givenBy, long costMinor,
        String note, long recordedBy, Instant recordedAt) {
      this.clientId = clientId;
      this.customerId = customerId;
      this.perkId = perkId;
      this.treatedOn = treatedOn;
      this.givenBy = givenBy;
      this.costMinor = costMinor;
      this.note = note;
      this.recordedBy = recordedBy;
      this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getClientId() { return clientId; }
    public long getCustomerId() { return customerId; }
    public long getPerkId() { return perkId; }
    public LocalDate getTreatedOn() { return treatedOn; }
    public String getGivenBy() { return givenBy; }
    public long getCostMinor() { return costMinor; }
    public String getNote() { return note; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
  }

  /** A customer and the date of their latest treatment. */
  class LastTreated {
    long customerId;
    LocalDate treatedOn;

    public long getCustomerId() { return customerId; }
    public LocalDate getTreatedOn() { return treatedOn; }
  }
}
