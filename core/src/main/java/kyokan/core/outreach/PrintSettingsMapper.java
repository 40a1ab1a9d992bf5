package kyokan.core.outreach;

import org.apache.ibatis.annotations.Param;

public interface PrintSettingsMapper {
  PrintSettings select(@Param("clientId") long clientId);

  int update(@Param("clientId") long clientId, @Param("s") PrintSettings settings);

  void insert(@Param("clientId") long clientId, @Param("s") PrintSettings settings);
}
