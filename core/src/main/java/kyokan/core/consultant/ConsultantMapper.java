package kyokan.core.consultant;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

interface ConsultantMapper {
  List<ConsultantRow> selectConsultants();

  ConsultantRow selectConsultant(@Param("id") long id);

  int countAdministrators();

  void makeAdministrator(@Param("id") long id);

  Long selectFirstConsultant();

  int updateActive(@Param("id") long id, @Param("active") boolean active);

  void deleteSessions(@Param("userId") long userId);

  List<ClientOwner> selectClientOwners();

  ClientOwner selectClientOwner(@Param("clientId") long clientId);

  int updateClientConsultant(@Param("clientId") long clientId, @Param("from") long from, @Param("to") long to);

  void insertHandover(@Param("clientId") long clientId, @Param("from") long from, @Param("to") long to,
      @Param("by") long by, @Param("at") Instant at);

  List<Handover> selectHandovers(@Param("clientId") Long clientId);
}
