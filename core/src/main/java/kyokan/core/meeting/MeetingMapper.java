package kyokan.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Every statement names the client, so a meeting or item id of another client finds nothing. */
interface MeetingMapper {
  void insertMeeting(Meeting meeting);

  Meeting selectMeeting(@Param("clientId") long clientId, @Param("id") long id);

  List<Meeting> selectByEngagement(@Param("clientId") long clientId, @Param("engagementId") long engagementId);

  List<Meeting> selectByMonth(@Param("clientId") long clientId, @Param("month") LocalDate month);

  List<Meeting> selectOfConsultant(@Param("consultantId") long consultantId, @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  Integer selectMaxSeq(@Param("engagementId") long engagementId, @Param("month") LocalDate month);

  /** Writes the notes only if the meeting is still at {@code expectedVersion}; returns the rows changed (0 = stale). */
  int updateNotes(@Param("clientId") long clientId, @Param("id") long id, @Param("notes") String notes,
      @Param("expectedVersion") int expectedVersion, @Param("by") long by, @Param("at") Instant at);

  void insertDecision(Decision decision);

  List<Decision> selectDecisions(@Param("clientId") long clientId, @Param("meetingId") long meetingId);

  int deleteDecision(@Param("clientId") long clientId, @Param("meetingId") long meetingId, @Param("id") long id);

  void insertItem(ActionItem item);

  ActionItem selectItem(@Param("clientId") long clientId, @Param("id") long id);

  List<ActionItem> selectItemsRaisedIn(@Param("clientId") long clientId, @Param("meetingId") long meetingId);

  /** Items raised in the client's earlier meetings that were still open when {@code meeting} began. */
  List<ActionItem> selectCarriedOver(@Param("clientId") long clientId, @Param("month") LocalDate month,
      @Param("seq") int seq, @Param("since") Instant since);

  /** The client's open items (of one owner, or all when {@code owner} is null), and those done since {@code doneSince} (none when null). */
  List<ActionItem> selectItems(@Param("clientId") long clientId, @Param("owner") ItemOwner owner,
      @Param("doneSince") Instant doneSince);

  int markDone(@Param("clientId") long clientId, @Param("id") long id, @Param("by") long by, @Param("at") Instant at);

  int reopen(@Param("clientId") long clientId, @Param("id") long id);

  int deleteItem(@Param("clientId") long clientId, @Param("meetingId") long meetingId, @Param("id") long id);
}
