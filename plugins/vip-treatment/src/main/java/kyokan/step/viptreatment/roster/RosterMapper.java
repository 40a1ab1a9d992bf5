package kyokan.step.viptreatment.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface RosterMapper {
  RuleRow selectRule(@Param("clientId") long clientId);

  void deleteRule(@Param("clientId") long clientId);

  void insertRule(@Param("clientId") long clientId, @Param("kind") String kind, @Param("topPercent") int topPercent,
      @Param("untreatedDays") int untreatedDays, @Param("by") long by, @Param("at") Instant at);

  /** Every pick of the client, oldest first (by the month end it applies from, then as made). */
  List<Pick> selectPicks(@Param("clientId") long clientId);

  void insertPick(@Param("clientId") long clientId, @Param("customerId") long customerId, @Param("kind") String kind,
      @Param("reason") String reason, @Param("from") LocalDate from, @Param("by") long by, @Param("at") Instant at);

  int deletePick(@Param("clientId") long clientId, @Param("pickId") long pickId);

  /** A vip_rule row. */
  class RuleRow {
    String ruleKind;
    int topPercent;
    int untreatedDays;

    RosterRule toRule() {
      return new RosterRule(RosterRule.Kind.valueOf(ruleKind), topPercent, untreatedDays);
    }
  }
}
