package kyokan.step.segmentfollowup.plan;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface PlanMapper {
  List<PlanRow> selectPlan(@Param("clientId") long clientId);

  void deletePlan(@Param("clientId") long clientId);

  void insertEntry(@Param("clientId") long clientId, @Param("cell") String cell, @Param("message") String message,
      @Param("channel") String channel, @Param("timing") String timing, @Param("by") long by, @Param("at") Instant at);

  /** A follow_up_plan row. */
  class PlanRow {
    String cell;
    String message;
    String channel;
    String timing;

    public String getCell() { return cell; }
    public String getMessage() { return message; }
    public String getChannel() { return channel; }
    public String getTiming() { return timing; }
  }
}
