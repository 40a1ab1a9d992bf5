package kyokan.step.community.events;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface EventMapper {
  void insertEvent(EventRow row);

  /** The client's events, newest first, with their guest counts. */
  List<EventRow> selectEvents(@Param("clientId") long clientId);

  EventRow selectEvent(@Param("clientId") long clientId, @Param("id") long id);

  void updateInvitation(@Param("id") long eventId, @Param("listId") long listId, @Param("on") LocalDate on,
      @Param("channel") String channel, @Param("invitation") String invitation);

  List<Guest> selectGuests(@Param("eventId") long eventId);

  void insertGuest(@Param("eventId") long eventId, @Param("customerId") long customerId,
      @Param("invited") boolean invited, @Param("reply") String reply, @Param("attended") boolean attended);

  int updateGuest(@Param("eventId") long eventId, @Param("customerId") long customerId, @Param("reply") String reply,
      @Param("attended") boolean attended);
}
