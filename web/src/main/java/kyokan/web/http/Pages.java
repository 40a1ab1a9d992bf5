package kyokan.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;
import kyokan.core.step.StepExtension;
import kyokan.view.Format;
import kyokan.view.NavItem;
import kyokan.view.Shell;
import kyokan.web.Services;

/** Renders the host's precompiled JTE templates inside the page shell. */
public final class Pages {
  private static final String BUNDLE = "kyokan/view/messages";
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "kyokan.templates.jte");
  private final Services services;

  public Pages(Services services) {
    this.services = services;
  }

  public static Messages messages(Context ctx) {
    return Messages.load(BUNDLE, RequestState.locale(ctx), Pages.class.getClassLoader());
  }

  /** Renders {@code template} with the shell plus {@code params} ("shell" is added). */
  public void render(Context ctx, String template, Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("shell", shell(ctx, null));
    StringOutput out = new StringOutput();
    engine.render(template, all, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** Renders {@code template} with {@code params} only, without the shell: a public page shows nothing of the workbench. */
  public void renderBare(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  public void render(Context ctx, String template) {
    render(ctx, template, Map.of());
  }

  /** The frame of the page: reader, language, and, when a client is in view, its seven steps. */
  public Shell shell(Context ctx, String activeStepId) {
    Optional<User> user = RequestState.session(ctx).map(s -> s.user());
    Client client = RequestState.client(ctx);
    String active = activeStepId != null ? activeStepId
        : Optional.ofNullable(RequestState.step(ctx)).map(StepExtension::id).orElse(null);
    List<NavItem> nav = client == null || user.isEmpty() ? List.of() : nav(ctx, client, user.get(), active);
    return new Shell(messages(ctx), user.orElse(null), RequestState.csrfToken(ctx), ctx.path(), client, nav,
        RequestState.takeFlash(ctx));
  }

  private List<NavItem> nav(Context ctx, Client client, User user, String active) {
    Optional<Engagement> engagement = services.engagements().current(client.getId());
    var unlocks = engagement.map(e -> services.engagements().unlocks(e.getId())).orElse(Map.of());
    List<NavItem> items = new ArrayList<>();
    for (StepExtension step : services.steps().steps()) {
      boolean unlocked = unlocks.containsKey(step.id()) && unlocks.get(step.id()).isUnlocked();
      String month = engagement.map(e -> monthLabel(ctx, e.plannedMonth(step.number()))).orElse("");
      items.add(new NavItem(step.number(), step.id(), step.title(RequestState.locale(ctx)),
          "/clients/" + client.getId() + "/steps/" + step.id(), !user.isConsultant() && !unlocked, month,
          step.id().equals(active)));
    }
    return items;
  }

  public static String monthLabel(Context ctx, YearMonth month) {
    return Format.month(month, RequestState.locale(ctx));
  }
}
