package kyokan.core.cockpit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kyokan.core.db.Database;
import kyokan.core.engagement.Engagement;
import kyokan.core.step.StepExtension;
import kyokan.core.worksheet.WorksheetStatus;
import org.apache.ibatis.session.SqlSession;

/** Reads a consultant's cockpit: the stored summaries and the live facts, one query per kind for all clients. */
final class CockpitReader {
  private final Database db;
  private final List<StepExtension> steps;

  CockpitReader(Database db, List<StepExtension> steps) {
    this.db = db;
    this.steps = steps;
  }

  List<CockpitRow> rows(long consultantId, LocalDate today) {
    return db.read(s -> {
      CockpitMapper m = s.getMapper(CockpitMapper.class);
      Map<Long, Engagement> current = new HashMap<>();
      m.selectEngagements(consultantId).forEach(e -> current.put(e.getClientId(), e)); // ordered by cycle: the last wins
      Map<Long, Map<String, WorksheetStatus>> statuses = new HashMap<>();
      Set<String> unlocked = new HashSet<>();
      for (CockpitFact f : m.selectWorksheetStatuses(consultantId)) {
        statuses.computeIfAbsent(f.getEngagementId(), k -> new HashMap<>()).put(f.getStepId(), WorksheetStatus.valueOf(f.getStatus()));
      }
      m.selectUnlockedSteps(consultantId).forEach(f -> unlocked.add(f.getEngagementId() + "/" + f.getStepId()));
      Map<Long, CockpitFact> items = byClient(m.selectItemCounts(consultantId, today));
      Map<Long, CockpitFact> meetings = byClient(m.selectNextMeetings(consultantId, today));
      Map<Long, List<AlertRow>> alerts = new HashMap<>();
      m.selectAlerts(consultantId).forEach(a -> alerts.computeIfAbsent(a.getClientId(), k -> new ArrayList<>()).add(a));
      List<CockpitRow> rows = new ArrayList<>();
      for (SummaryRow summary : m.selectRows(consultantId)) {
        rows.add(row(summary, current.get(summary.getClientId()), statuses, unlocked, items, meetings, alerts, today));
      }
      return rows;
    });
  }

  private CockpitRow row(SummaryRow summary, Engagement engagement, Map<Long, Map<String, WorksheetStatus>> statuses,
      Set<String> unlocked, Map<Long, CockpitFact> items, Map<Long, CockpitFact> meetings,
      Map<Long, List<AlertRow>> alerts, LocalDate today) {
    long clientId = summary.getClientId();
    int month = engagement == null ? 0 : engagement.programMonth(YearMonth.from(today));
    String stepId = steps.stream().filter(st -> st.number() == month).map(StepExtension::id).findFirst().orElse(null);
    WorksheetStatus status = stepId == null ? null
        : statuses.getOrDefault(engagement.getId(), Map.of()).getOrDefault(stepId, WorksheetStatus.NOT_STARTED);
    // An alert shows only while its step is open: a step locked since the summary drops out at once.
    List<AlertRow> open = engagement == null ? List.of() : alerts.getOrDefault(clientId, List.of()).stream()
        .filter(a -> unlocked.contains(engagement.getId() + "/" + a.getStepId())).toList();
    CockpitFact item = items.get(clientId);
    CockpitFact meeting = meetings.get(clientId);
    return new CockpitRow(summary, engagement, month, stepId, status, item == null ? 0 : item.getNumber(),
        item == null ? 0 : item.getNumber2(), meeting == null ? null : meeting.getDay(), open,
        summary.isComputed() && DataFreshness.isLate(summary.getLastSale(), today), summary.isStale(today));
  }

  private static Map<Long, CockpitFact> byClient(List<CockpitFact> facts) {
    Map<Long, CockpitFact> map = new HashMap<>();
    facts.forEach(f -> map.put(f.getClientId(), f));
    return map;
  }

  static List<AlertRow> alertsOf(SqlSession s, long clientId) {
    return s.getMapper(CockpitMapper.class).selectAlertsOf(clientId);
  }
}
