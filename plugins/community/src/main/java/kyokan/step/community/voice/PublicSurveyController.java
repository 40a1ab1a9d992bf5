package kyokan.step.community.voice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.step.PublicRequest;
import kyokan.core.step.PublicRoutes;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.common.StepPaths;

/**
 * The survey's public page, open without login at {@code /v/community/<token>}: the questions, nothing about any
 * customer, and the shop's name only when the shop chose to show it. An unknown or closed token is a plain 404.
 */
public final class PublicSurveyController {
  private final StepTemplates templates;

  public PublicSurveyController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(PublicRoutes routes) {
    routes.get("{token}", this::showSurvey);
    routes.post("{token}", this::answerSurvey);
    routes.get("{token}/thanks", this::showThanks);
  }

  StepResponse showSurvey(PublicRequest req) {
    SurveyRow survey = service(req).openByToken(req.pathParam("token").orElse(""));
    return render(req, survey, Map.of(), Map.of());
  }

  StepResponse answerSurvey(PublicRequest req) {
    SurveyService service = service(req);
    SurveyRow survey = service.openByToken(req.pathParam("token").orElse(""));
    List<SurveyQuestion> questions = service.questions(survey.getId());
    try {
      SurveyAnswers answers = SurveyAnswers.read(questions, f -> req.form(f).orElse(null));
      service.answer(survey, answers, ResponseRow.Source.LINK);
      if (answers.comment() != null) CommentAlerts.changed(req.services(), survey.getClientId());
    } catch (ValidationException e) {
      return render(req, survey, e.problems(), PublicSurveyPage.echo(questions, f -> req.form(f).orElse("")));
    }
    return StepResponse.redirect(StepPaths.publicSurvey(survey.getToken()) + "/thanks");
  }

  StepResponse showThanks(PublicRequest req) {
    SurveyRow survey = service(req).openByToken(req.pathParam("token").orElse(""));
    PublicSurveyPage page = page(req, survey, Map.of(), Map.of());
    return StepResponse.page(req.messages().get("public.thanks.title"), templates.render("voice/thanks.jte", page));
  }

  private StepResponse render(PublicRequest req, SurveyRow survey, Map<String, String> errors, Map<String, String> values) {
    PublicSurveyPage page = page(req, survey, errors, values);
    return StepResponse.page(page.heading(), templates.render("voice/public.jte", page));
  }

  private static PublicSurveyPage page(PublicRequest req, SurveyRow survey, Map<String, String> errors,
      Map<String, String> values) {
    String shop = survey.isShowShopName()
        ? req.services().get(ClientService.class).get(survey.getClientId()).getName() : null;
    return new PublicSurveyPage(req.messages(), survey.getTitle(), shop, service(req).questions(survey.getId()),
        StepPaths.publicSurvey(survey.getToken()), req.csrfToken(), errors, values);
  }

  private static SurveyService service(PublicRequest req) {
    return new SurveyService(req.services().get(Database.class), req.services().get(Clock.class));
  }
}
