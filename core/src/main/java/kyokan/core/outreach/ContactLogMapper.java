package kyokan.core.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface ContactLogMapper {
  void insertContact(@Param("clientId") long clientId, @Param("customerId") long customerId,
      @Param("channel") String channel, @Param("on") LocalDate on, @Param("source") String source,
      @Param("sourceId") Long sourceId, @Param("note") String note, @Param("by") long by, @Param("at") Instant at);

  List<Contact> selectByCustomer(@Param("clientId") long clientId, @Param("customerId") long customerId);

  int countBySource(@Param("clientId") long clientId, @Param("source") String source, @Param("sourceId") long sourceId);
}
