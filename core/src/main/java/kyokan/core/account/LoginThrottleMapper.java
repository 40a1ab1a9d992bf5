package kyokan.core.account;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** The login throttle's counts, in the database so every workbench process sees the same. */
public interface LoginThrottleMapper {
  int countFailuresSince(@Param("key") String key, @Param("since") Instant since);

  void insertFailure(@Param("key") String key, @Param("at") Instant at);

  void deleteFailures(@Param("key") String key);

  void deleteFailuresBefore(@Param("before") Instant before);

  int countKnownSince(@Param("key") String key, @Param("since") Instant since);

  void deleteKnown(@Param("key") String key);

  void insertKnown(@Param("key") String key, @Param("at") Instant at);

  void deleteKnownBefore(@Param("before") Instant before);
}
