package kyokan.core.cockpit;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.engagement.Engagement;
import org.apache.ibatis.annotations.Param;

/** The cockpit's reads (one query per kind of fact, across all of a consultant's clients) and the summary's writes. */
interface CockpitMapper {
  List<SummaryRow> selectRows(@Param("consultantId") long consultantId);

  SummaryRow selectRow(@Param("clientId") long clientId);

  List<Engagement> selectEngagements(@Param("consultantId") long consultantId);

  List<CockpitFact> selectWorksheetStatuses(@Param("consultantId") long consultantId);

  List<CockpitFact> selectUnlockedSteps(@Param("consultantId") long consultantId);

  List<CockpitFact> selectItemCounts(@Param("consultantId") long consultantId, @Param("today") LocalDate today);

  List<CockpitFact> selectNextMeetings(@Param("consultantId") long consultantId, @Param("today") LocalDate today);

  List<AlertRow> selectAlerts(@Param("consultantId") long consultantId);

  List<AlertRow> selectAlertsOf(@Param("clientId") long clientId);

  void deleteSummary(@Param("clientId") long clientId);

  void insertSummary(SummaryRow row);

  void deleteAlerts(@Param("clientId") long clientId);

  void insertAlert(AlertRow row);
}
