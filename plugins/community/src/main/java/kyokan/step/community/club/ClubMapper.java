package kyokan.step.community.club;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface ClubMapper {
  Club selectClub(@Param("clientId") long clientId);

  void deleteClub(@Param("clientId") long clientId);

  void insertClub(@Param("clientId") long clientId, @Param("name") String name, @Param("how") String howToJoin,
      @Param("perks") String perks, @Param("by") long by, @Param("at") Instant at);

  List<Member> selectMembers(@Param("clientId") long clientId);

  Integer selectMaxMemberNo(@Param("clientId") long clientId);

  Long selectCustomerOfMember(@Param("clientId") long clientId, @Param("memberNo") int memberNo);

  int countMember(@Param("clientId") long clientId, @Param("customerId") long customerId);

  void insertMember(@Param("clientId") long clientId, @Param("customerId") long customerId, @Param("no") int memberNo,
      @Param("on") LocalDate joinedOn, @Param("how") String joinedHow, @Param("by") long by, @Param("at") Instant at);
}
