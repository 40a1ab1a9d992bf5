package kyokan.core.publicaccess;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

public interface PublicRequestMapper {
  int addHit(@Param("address") String addressHash, @Param("window") Instant windowStart);

  void insertFirstHit(@Param("address") String addressHash, @Param("window") Instant windowStart);

  Integer selectHits(@Param("address") String addressHash, @Param("window") Instant windowStart);

  int deleteBefore(@Param("before") Instant before);
}
