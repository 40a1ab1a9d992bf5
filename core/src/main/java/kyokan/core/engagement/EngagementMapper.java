package kyokan.core.engagement;

import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface EngagementMapper {
  void insertEngagement(Engagement engagement);

  Engagement selectById(long id);

  List<Engagement> selectByClient(long clientId);

  List<StepUnlock> selectUnlocks(long engagementId);

  int updateUnlock(StepUnlock unlock);

  void insertUnlock(StepUnlock unlock);

  void insertUnlockEvent(StepUnlock unlock);

  int countUnlockEvents(@Param("engagementId") long engagementId, @Param("stepId") String stepId);
}
