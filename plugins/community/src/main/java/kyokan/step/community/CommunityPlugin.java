package kyokan.step.community;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.AlertContext;
import kyokan.core.step.DemoContext;
import kyokan.core.i18n.Messages;
import kyokan.core.step.StepAlert;
import kyokan.core.step.BundledStep;
import kyokan.core.step.PublicRoutes;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.community.club.ClubController;
import kyokan.step.community.events.EventsController;
import kyokan.step.community.figures.FiguresController;
import kyokan.step.community.intro.IntroController;
import kyokan.step.community.demo.CommunityDemo;
import kyokan.step.community.json.SummaryJson;
import kyokan.step.community.report.CommunityAgenda;
import kyokan.step.community.report.CommunityReport;
import kyokan.step.community.voice.CommentAlerts;
import kyokan.step.community.voice.PublicSurveyController;
import kyokan.step.community.voice.VoiceController;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 7: bring customers together. */
public class CommunityPlugin extends Plugin {

  @Extension
  public static class CommunityStep extends BundledStep {
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .longText("gathering_idea")
        .multiChoice("event_types", "tasting", "workshop", "talk", "seasonal", "outing", "online")
        .table("event_plan", 4, "title", "date", "capacity", "invite")
        .choice("club", "start_now", "later", "no")
        .shortText("club_name")
        .longText("referral")
        .longText("survey_questions")
        .multiChoice("habits_now", "communicate", "feedback", "trust", "human", "reward")
        .longText("habits_next")
        .number("members_goal")
        .build();

    private final StepTemplates templates = new StepTemplates(CommunityPlugin.class, "kyokan.step.community.jte");

    public CommunityStep() {
      super("kyokan/step/community/messages");
    }

    @Override public int number() { return 7; }

    @Override public String id() { return "community"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }

    @Override
    public Optional<String> migrations() {
      return Optional.of("classpath:kyokan/step/community/db/migration");
    }

    @Override
    public void routes(StepRoutes routes) {
      new ClubController(templates).register(routes);
      new EventsController(templates).register(routes);
      new IntroController(templates).register(routes);
      new VoiceController(templates).register(routes);
      new FiguresController(templates).register(routes);
      new SummaryJson().register(routes);
    }

    @Override
    public List<ReportBlock> reportSection(ReportContext context) {
      return new CommunityReport(messages(context.locale())).section(context);
    }

    @Override
    public List<AgendaNote> agendaNotes(AgendaContext context) {
      return CommunityAgenda.notes(context, messages(context.locale()));
    }

    @Override
    public List<StepAlert> alerts(AlertContext context) {
      return CommentAlerts.of(context);
    }

    @Override
    public void prepareDemo(DemoContext context) {
      CommunityDemo.prepare(context, messages(Messages.JAPANESE));
    }

    @Override
    public void publicRoutes(PublicRoutes routes) {
      new PublicSurveyController(templates).register(routes);
    }
  }
}
