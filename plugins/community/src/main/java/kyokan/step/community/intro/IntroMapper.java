package kyokan.step.community.intro;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface IntroMapper {
  List<Introducer> selectIntroducers(@Param("clientId") long clientId);

  String selectCodeOf(@Param("clientId") long clientId, @Param("customerId") long customerId);

  Long selectIntroducerByCode(@Param("clientId") long clientId, @Param("code") String code);

  int countCode(@Param("clientId") long clientId, @Param("code") String code);

  void insertIntroducer(@Param("clientId") long clientId, @Param("customerId") long customerId, @Param("code") String code,
      @Param("at") Instant at);

  List<Introduction> selectIntroductions(@Param("clientId") long clientId);

  int countIntroduction(@Param("clientId") long clientId, @Param("customerId") long customerId);

  void insertIntroduction(@Param("clientId") long clientId, @Param("customerId") long customerId,
      @Param("introducerId") long introducerId, @Param("by") long by, @Param("at") Instant at);
}
