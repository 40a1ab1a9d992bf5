package kyokan.core.segmentation;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface ThresholdMapper {
  void insertThresholds(ThresholdRow row);

  ThresholdRow selectById(@Param("clientId") long clientId, @Param("id") long id);

  /** Every save of the client, oldest first. */
  List<ThresholdRow> selectByClient(long clientId);

  /** The client's newest save's id; null before the first. */
  Long selectLatestId(@Param("clientId") long clientId);
}
