package kyokan.step.community.json;

import static kyokan.step.community.json.SummaryJson.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.Ledger;
import kyokan.core.client.Client;
import kyokan.core.db.Database;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.stats.NetPromoterScore;
import kyokan.core.step.CoreServices;
import kyokan.step.community.club.ClubService;
import kyokan.step.community.club.Member;
import kyokan.step.community.events.EventRow;
import kyokan.step.community.events.EventService;
import kyokan.step.community.intro.IntroFigures;
import kyokan.step.community.intro.IntroService;
import kyokan.step.community.voice.SurveyResults;
import kyokan.step.community.voice.SurveyRow;
import kyokan.step.community.voice.SurveyService;

/** Step 7's figures in one place, read by the JSON, the report section and the agenda. */
public record CommunitySummary(Client client, List<Member> members, List<EventRow> events, IntroFigures introductions,
    List<SurveyResults> surveys, NetPromoterScore allResponses, int unanswered) {

  public static CommunitySummary of(CoreServices services, Client client) {
    Database db = services.get(Database.class);
    Clock clock = services.get(Clock.class);
    long clientId = client.getId();
    AnalyticsService analytics = services.get(AnalyticsService.class);
    Ledger ledger = analytics.ledger(clientId);
    LocalDate asOf = ledger.lastSale().orElse(null);
    IntroService intros = new IntroService(db, clock);
    IntroFigures figures = asOf == null ? null
        : IntroFigures.of(ledger, analytics.snapshot(clientId, asOf), asOf, intros.introductions(clientId));
    SurveyService surveys = new SurveyService(db, clock);
    List<SurveyResults> results = new ArrayList<>();
    int pro = 0, pas = 0, det = 0;
    for (SurveyRow s : surveys.surveys(clientId)) {
      SurveyResults r = surveys.results(s);
      results.add(r);
      pro += r.nps().promoters();
      pas += r.nps().passives();
      det += r.nps().detractors();
    }
    EventService events = new EventService(db, clock, services.get(TargetListService.class), services.get(ContactLog.class));
    return new CommunitySummary(client, new ClubService(db, clock).members(clientId), events.events(clientId), figures,
        results, new NetPromoterScore(pro, pas, det), surveys.unanswered(clientId).size());
  }

  Map<String, Object> toMap() {
    List<Object> memberList = new ArrayList<>();
    for (Member m : members) {
      memberList.add(map("memberNo", m.getMemberNo(), "customerId", m.getCustomerId(), "customerCode", m.getCustomerCode(),
          "joinedOn", m.getJoinedOn().toString(), "joinedHow", m.getJoinedHow()));
    }
    List<Object> eventList = new ArrayList<>();
    for (EventRow e : events) {
      eventList.add(map("id", e.getId(), "title", e.getTitle(), "kind", e.getKind(), "date", e.getEventDate().toString(),
          "place", e.getPlace(), "capacity", e.getCapacity(), "costMinor", e.getCostMinor(), "invited", e.getInvitedCount(),
          "replied", e.getRepliedCount(), "attended", e.getAttendedCount()));
    }
    List<Object> introducers = new ArrayList<>();
    if (introductions != null) {
      for (IntroFigures.PerIntroducer p : introductions.introducers()) {
        introducers.add(map("customerId", p.customerId(), "introduced", p.count(), "valueMinor", p.valueMinor()));
      }
    }
    List<Object> surveyList = new ArrayList<>();
    for (SurveyResults r : surveys) surveyList.add(nps(map("id", r.survey().getId(), "title", r.survey().getTitle(),
        "open", r.survey().isOpen(), "comments", r.comments().size()), r.nps()));
    return map("clientId", client.getId(), "currency", client.getCurrency(),
        "members", map("count", members.size(), "list", memberList),
        "events", eventList,
        "introductions", map("total", introducers.stream().mapToInt(o -> (Integer) ((Map<?, ?>) o).get("introduced")).sum(),
            "perIntroducer", introducers),
        "surveys", map("all", nps(map("unansweredComments", unanswered), allResponses), "list", surveyList));
  }

  private static Map<String, Object> nps(Map<String, Object> m, NetPromoterScore nps) {
    m.put("responses", nps.responses());
    m.put("promoters", nps.promoters());
    m.put("passives", nps.passives());
    m.put("detractors", nps.detractors());
    m.put("nps", round(nps.score()));
    m.put("npsLower", round(nps.interval().lower()));
    m.put("npsUpper", round(nps.interval().upper()));
    m.put("npsIntervalMethod", "trinomial variance (Rocks 2016), 95 %");
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
