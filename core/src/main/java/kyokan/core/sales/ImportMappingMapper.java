package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

public interface ImportMappingMapper {
  String selectMapping(@Param("clientId") long clientId, @Param("kind") ImportKind kind);

  int updateMapping(@Param("clientId") long clientId, @Param("kind") ImportKind kind, @Param("mapping") String mapping,
      @Param("by") long by, @Param("at") Instant at);

  void insertMapping(@Param("clientId") long clientId, @Param("kind") ImportKind kind, @Param("mapping") String mapping,
      @Param("by") long by, @Param("at") Instant at);
}
