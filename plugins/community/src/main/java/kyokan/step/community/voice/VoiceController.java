package kyokan.step.community.voice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.common.Forms;
import kyokan.step.community.common.StepPaths;

/** The customers' voice: surveys and their results, paper answers typed in, replies to comments, the promise log. */
public final class VoiceController {
  private final StepTemplates templates;

  public VoiceController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("voice", this::showVoice);
    routes.post("voice/surveys", this::createSurvey);
    routes.get("voice/surveys/{surveyId}", this::showSurvey);
    routes.get("voice/surveys/{surveyId}/qr.png", this::qrImage);
    routes.get("voice/surveys/{surveyId}/cards.pdf", this::qrCards);
    routes.post("voice/surveys/{surveyId}/paper", this::typeInPaper);
    routes.post("voice/surveys/{surveyId}/open", req -> setOpen(req, true));
    routes.post("voice/surveys/{surveyId}/close", req -> setOpen(req, false));
    routes.post("voice/responses/{responseId}/reply", this::reply);
    routes.post("voice/promises", this::addPromise);
  }

  StepResponse showVoice(StepRequest req) {
    return renderVoice(req, Map.of(), Map.of());
  }

  StepResponse createSurvey(StepRequest req) {
    List<SurveyQuestion> questions = new ArrayList<>();
    for (int no = 1; no <= NewSurvey.MAX_QUESTIONS; no++) {
      String text = Forms.text(req.form("question" + no));
      if (text.isEmpty()) continue;
      SurveyQuestion.Kind kind = switch (Forms.text(req.form("kind" + no))) {
        case "NUMBER" -> SurveyQuestion.Kind.NUMBER;
        case "SCALE" -> SurveyQuestion.Kind.SCALE;
        default -> SurveyQuestion.Kind.TEXT;
      };
      questions.add(new SurveyQuestion(questions.size() + 1, text, kind));
    }
    NewSurvey survey = new NewSurvey(Forms.text(req.form("title")), req.form("showShopName").isPresent(), questions);
    try {
      long id = surveys(req).create(req.view().client().getId(), survey, req.view().user().getId());
      return StepResponse.redirect(StepPaths.survey(req.view().client().getId(), id));
    } catch (ValidationException e) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("title", survey.title());
      for (int no = 1; no <= NewSurvey.MAX_QUESTIONS; no++) values.put("question" + no, Forms.text(req.form("question" + no)));
      return renderVoice(req, e.problems(), values);
    }
  }

  StepResponse showSurvey(StepRequest req) {
    return renderSurvey(req, Map.of(), req.query("saved").isPresent());
  }

  StepResponse qrImage(StepRequest req) {
    return new StepResponse.Data("image/png", SurveyQr.png(publicUrl(req, openSurvey(req))));
  }

  StepResponse qrCards(StepRequest req) {
    SurveyRow survey = openSurvey(req);
    var v = req.view();
    byte[] pdf = SurveyQr.cards(v.t("voice.card.heading"), survey.getTitle(), v.t("voice.card.scan"), publicUrl(req, survey));
    return StepResponse.download("survey-cards.pdf", "application/pdf", pdf);
  }

  // A closed survey's link answers 404, so it gets no code to print either.
  private static SurveyRow openSurvey(StepRequest req) {
    SurveyRow survey = surveys(req).survey(req.view().client().getId(), req.pathId("surveyId"));
    if (!survey.isOpen()) throw new NotFoundException("survey");
    return survey;
  }

  private static String publicUrl(StepRequest req, SurveyRow survey) {
    return req.baseUrl() + StepPaths.publicSurvey(survey.getToken());
  }

  StepResponse typeInPaper(StepRequest req) {
    SurveyService service = surveys(req);
    SurveyRow survey = service.survey(req.view().client().getId(), req.pathId("surveyId"));
    try {
      service.answer(survey, SurveyAnswers.read(service.questions(survey.getId()), f -> req.form(f).orElse(null)),
          ResponseRow.Source.PAPER);
      CommentAlerts.changed(req.services(), survey.getClientId());
    } catch (ValidationException e) {
      return renderSurvey(req, e.problems(), false);
    }
    return StepResponse.redirect(StepPaths.survey(survey.getClientId(), survey.getId()) + "?saved=1");
  }

  StepResponse setOpen(StepRequest req, boolean open) {
    long clientId = req.view().client().getId();
    long id = req.pathId("surveyId");
    surveys(req).setOpen(clientId, id, open);
    return StepResponse.redirect(StepPaths.survey(clientId, id));
  }

  StepResponse reply(StepRequest req) {
    long clientId = req.view().client().getId();
    String back = Forms.text(req.form("back"));
    try {
      surveys(req).reply(clientId, req.pathId("responseId"), Forms.text(req.form("reply")),
          Forms.text(req.form("action")), req.view().user().getId());
      CommentAlerts.changed(req.services(), clientId);
    } catch (ValidationException e) {
      return renderVoice(req, Map.of("reply", e.problems().values().iterator().next()), Map.of());
    }
    // Back to the survey the reply was written on, or to the list of unanswered comments.
    boolean toSurvey = back.matches("\\d{1,18}");
    return StepResponse.redirect(toSurvey ? StepPaths.survey(clientId, Long.parseLong(back)) : StepPaths.base(clientId) + "voice");
  }

  StepResponse addPromise(StepRequest req) {
    Map<String, String> problems = new LinkedHashMap<>();
    var on = Forms.date("on", req.form("on"), problems);
    try {
      if (!problems.isEmpty()) throw new ValidationException(problems);
      promises(req).add(req.view().client().getId(), on, Forms.text(req.form("problem")), Forms.text(req.form("happened")),
          Forms.text(req.form("changed")), req.view().user().getId());
    } catch (ValidationException e) {
      Map<String, String> prefixed = new LinkedHashMap<>();
      e.problems().forEach((k, v) -> prefixed.put("promise." + k, v));
      return renderVoice(req, prefixed, Map.of());
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "voice#promises");
  }

  private StepResponse renderVoice(StepRequest req, Map<String, String> errors, Map<String, String> values) {
    long clientId = req.view().client().getId();
    SurveyService service = surveys(req);
    VoicePage page = new VoicePage(req.view(), service.surveys(clientId), service.unanswered(clientId),
        promises(req).entries(clientId), req.csrfToken(), errors, values);
    return StepResponse.page(req.view().t("voice.title"), templates.render("voice/voice.jte", page));
  }

  private StepResponse renderSurvey(StepRequest req, Map<String, String> errors, boolean saved) {
    SurveyService service = surveys(req);
    SurveyRow survey = service.survey(req.view().client().getId(), req.pathId("surveyId"));
    SurveyPage page = new SurveyPage(req.view(), service.results(survey), req.baseUrl(), req.csrfToken(), errors, saved);
    return StepResponse.page(survey.getTitle(), templates.render("voice/survey.jte", page));
  }

  static SurveyService surveys(StepRequest req) {
    return new SurveyService(req.services().get(Database.class), req.services().get(Clock.class));
  }

  private static PromiseLog promises(StepRequest req) {
    return new PromiseLog(req.services().get(Database.class), req.services().get(Clock.class));
  }
}
