package kyokan.step.newcustomercare.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface EnrolmentMapper {
  List<EnrolmentRow> selectEnrolments(@Param("clientId") long clientId);

  void insertEnrolment(@Param("clientId") long clientId, @Param("customerId") long customerId,
      @Param("versionId") long versionId, @Param("firstPurchase") LocalDate firstPurchase, @Param("arm") String arm,
      @Param("enrolledOn") LocalDate enrolledOn, @Param("late") boolean late);

  List<TaskRow> selectTasks(@Param("clientId") long clientId);

  int countTask(@Param("enrolmentId") long enrolmentId, @Param("stepNo") int stepNo);

  void insertTask(@Param("enrolmentId") long enrolmentId, @Param("stepNo") int stepNo, @Param("outcome") String outcome,
      @Param("doneOn") LocalDate doneOn, @Param("note") String note, @Param("by") long by, @Param("at") Instant at);

  /** An ncc_enrolment row. */
  class EnrolmentRow {
    long id;
    long customerId;
    long versionId;
    LocalDate firstPurchase;
    String arm;
    LocalDate enrolledOn;
    boolean late;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getVersionId() { return versionId; }
    public LocalDate getFirstPurchase() { return firstPurchase; }
    public String getArm() { return arm; }
    public LocalDate getEnrolledOn() { return enrolledOn; }
    public boolean isLate() { return late; }
  }

  /** An ncc_task row with the name of who marked it. */
  class TaskRow {
    long enrolmentId;
    int stepNo;
    String outcome;
    LocalDate doneOn;
    String note;
    String recordedByName;

    public long getEnrolmentId() { return enrolmentId; }
    public int getStepNo() { return stepNo; }
    public String getOutcome() { return outcome; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getNote() { return note; }
    public String getRecordedByName() { return recordedByName; }
  }
}
