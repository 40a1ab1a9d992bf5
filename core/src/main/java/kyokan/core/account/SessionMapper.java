package kyokan.core.account;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

public interface SessionMapper {
  void insertSession(SessionRow row);

  SessionRow selectByTokenHash(String tokenHash);

  void touchSession(@Param("tokenHash") String tokenHash, @Param("at") Instant at);

  void deleteSession(String tokenHash);

  void deleteIdleSince(Instant cutoff);

  void deleteOtherSessions(@Param("userId") long userId, @Param("keepHash") String keepHash);
}
