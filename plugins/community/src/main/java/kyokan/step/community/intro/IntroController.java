package kyokan.step.community.intro;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.Ledger;
import kyokan.core.db.Database;
import kyokan.core.outreach.print.CardSheetPdf;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.common.Forms;
import kyokan.step.community.common.StepPaths;

/** Introductions: codes for introducing customers, their printable cards, who introduced whom, and what it brought. */
public final class IntroController {
  private final StepTemplates templates;

  public IntroController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("introductions", this::showIntroductions);
    routes.post("introductions/codes", this::issueCode);
    routes.post("introductions", this::recordIntroduction);
    routes.get("introductions/cards.pdf", this::cards);
  }

  StepResponse showIntroductions(StepRequest req) {
    return render(req, Map.of());
  }

  StepResponse issueCode(StepRequest req) {
    try {
      intros(req).codeFor(req.view().client().getId(), Forms.text(req.form("introducer")));
    } catch (ValidationException e) {
      return render(req, e.problems());
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "introductions");
  }

  StepResponse recordIntroduction(StepRequest req) {
    try {
      intros(req).record(req.view().client().getId(), Forms.text(req.form("customerCode")),
          Forms.text(req.form("introducedBy")), req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, e.problems());
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "introductions?recorded=1");
  }

  /** An A4 sheet of introduction cards, one per introducer, with their code (and its QR code if asked). */
  StepResponse cards(StepRequest req) {
    List<Introducer> introducers = intros(req).introducers(req.view().client().getId());
    if (introducers.isEmpty()) return StepResponse.redirect(StepPaths.base(req.view()) + "introductions");
    boolean qr = req.query("qr").isPresent();
    List<CardSheetPdf.Card> cards = new ArrayList<>();
    for (Introducer i : introducers) {
      cards.add(new CardSheetPdf.Card(req.view().t("intro.card.heading"), req.view().t("intro.card.from", nz(i.getCustomerName())),
          req.view().t("intro.card.code", i.getCode()), List.of(req.view().t("intro.card.line1"), req.view().t("intro.card.line2")),
          qr ? i.getCode() : null));
    }
    return StepResponse.download("introduction-cards.pdf", "application/pdf", CardSheetPdf.write(cards));
  }

  private StepResponse render(StepRequest req, Map<String, String> errors) {
    long clientId = req.view().client().getId();
    IntroService service = intros(req);
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    Ledger ledger = analytics.ledger(clientId);
    LocalDate asOf = ledger.lastSale().orElse(null);
    IntroFigures figures = asOf == null ? null
        : IntroFigures.of(ledger, analytics.snapshot(clientId, asOf), asOf, service.introductions(clientId));
    IntroPage page = new IntroPage(req.view(), service.introducers(clientId), service.introductions(clientId), figures,
        asOf, req.csrfToken(), errors, req.query("recorded").isPresent());
    return StepResponse.page(req.view().t("intro.title"), templates.render("intro/intro.jte", page));
  }

  static IntroService intros(StepRequest req) {
    return new IntroService(req.services().get(Database.class), req.services().get(Clock.class));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
