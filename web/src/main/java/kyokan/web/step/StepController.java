package kyokan.web.step;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;
import kyokan.core.step.StepExtension;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.AnswerCodec;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetConflictException;
import kyokan.view.WorksheetForm;
import kyokan.web.Services;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/** A step's page (purpose, the plugin's overview, the worksheet) and the worksheet's actions. */
public final class StepController {
  private final Services services;
  private final Pages pages;

  public StepController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showStep(Context ctx) {
    Worksheet ws = services.worksheets().load(engagementId(ctx), RequestState.step(ctx).id());
    render(ctx, ws, ws.answers(), Map.of(), Map.of(), false);
  }

  public void saveWorksheet(Context ctx) {
    StepExtension step = RequestState.step(ctx);
    Map<String, String> answers = AnswerCodec.fromForm(step.worksheet(), ctx::formParams);
    boolean submit = "submit".equals(ctx.formParam("action"));
    try {
      services.worksheets().save(engagementId(ctx), step.id(), step.worksheet(), version(ctx), answers, submit, RequestState.user(ctx));
      Cookies.flash(ctx, submit ? "worksheet.submitted" : "worksheet.saved");
      ctx.redirect(stepPath(ctx));
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, services.worksheets().load(engagementId(ctx), step.id()), answers, Map.of(), e.problems(), false);
    } catch (WorksheetConflictException e) {
      // Show what is saved now, and beside it what this person typed, so nothing is lost either way.
      Worksheet latest = services.worksheets().load(engagementId(ctx), step.id());
      Map<String, String> unsaved = new LinkedHashMap<>();
      answers.forEach((q, a) -> {
        if (!a.isEmpty() && !Objects.equals(a, latest.answer(q))) unsaved.put(q, a);
      });
      ctx.status(HttpStatus.CONFLICT);
      render(ctx, latest, latest.answers(), unsaved, Map.of(), true);
    }
  }

  public void addComment(Context ctx) {
    StepExtension step = RequestState.step(ctx);
    String questionId = ctx.formParamAsClass("questionId", String.class).getOrDefault("");
    try {
      services.worksheets().comment(engagementId(ctx), step.id(), step.worksheet(), questionId,
          ctx.formParam("comment_" + questionId), RequestState.user(ctx));
      Cookies.flash(ctx, "worksheet.commented");
      ctx.redirect(stepPath(ctx) + "#question-" + questionId);
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      Worksheet ws = services.worksheets().load(engagementId(ctx), step.id());
      render(ctx, ws, ws.answers(), Map.of(), Map.of(questionId, e.problems().values().iterator().next()), false);
    }
  }

  public void markReviewed(Context ctx) {
    StepExtension step = RequestState.step(ctx);
    try {
      services.worksheets().markReviewed(engagementId(ctx), step.id(), version(ctx), RequestState.user(ctx));
      Cookies.flash(ctx, "worksheet.reviewed");
      ctx.redirect(stepPath(ctx));
    } catch (WorksheetConflictException | ValidationException e) {
      Worksheet ws = services.worksheets().load(engagementId(ctx), step.id());
      ctx.status(HttpStatus.CONFLICT);
      render(ctx, ws, ws.answers(), Map.of(), Map.of(), true);
    }
  }

  private void render(Context ctx, Worksheet ws, Map<String, String> values, Map<String, String> unsaved,
      Map<String, String> errors, boolean conflict) {
    StepExtension step = RequestState.step(ctx);
    Client client = RequestState.client(ctx);
    User user = RequestState.user(ctx);
    Messages stepTexts = step.messages(RequestState.locale(ctx));
    Engagement engagement = services.engagements().current(client.getId()).orElse(null);
    WorksheetForm form = new WorksheetForm(stepTexts, step.worksheet(), ws, values, unsaved, errors,
        !user.isConsultant(), user.isConsultant(), conflict);
    StepView view = new StepView(user, client, engagement, stepTexts);
    pages.render(ctx, "step/page.jte", Map.of("number", step.number(), "stepId", step.id(),
        "title", stepTexts.get("step.title"), "purpose", stepTexts.get("step.purpose"),
        "overview", step.overview(view), "ws", form));
  }

  /** The worksheet belongs to the client's current cycle; 0 (no worksheet) before any cycle started. */
  private long engagementId(Context ctx) {
    return services.engagements().current(RequestState.client(ctx).getId()).map(Engagement::getId).orElse(0L);
  }

  private static int version(Context ctx) {
    try {
      return Integer.parseInt(ctx.formParamAsClass("version", String.class).getOrDefault("0"));
    } catch (NumberFormatException e) {
      throw new ValidationException("version", "error.required");
    }
  }

  private static String stepPath(Context ctx) {
    return "/clients/" + RequestState.client(ctx).getId() + "/steps/" + RequestState.step(ctx).id();
  }
}
