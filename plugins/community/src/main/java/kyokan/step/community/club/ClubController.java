package kyokan.step.community.club;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.outreach.print.CardSheetPdf;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.common.CellsNow;
import kyokan.step.community.common.Forms;
import kyokan.step.community.common.StepPaths;

/** The club: its name, how to join and perks; its members with their cells; the printable member cards. */
public final class ClubController {
  private final StepTemplates templates;

  public ClubController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("club", this::showClub);
    routes.post("club", this::saveClub);
    routes.post("club/members", this::addMember);
    routes.get("club/cards.pdf", this::cards);
  }

  StepResponse showClub(StepRequest req) {
    return render(req, Map.of(), Map.of());
  }

  StepResponse saveClub(StepRequest req) {
    Club club = new Club(Forms.text(req.form("name")), Forms.text(req.form("howToJoin")), Forms.text(req.form("perks")));
    try {
      clubs(req).saveClub(req.view().client().getId(), club, req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, e.problems(), Map.of("name", club.getName(), "howToJoin", club.getHowToJoin(), "perks", club.getPerks()));
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "club");
  }

  StepResponse addMember(StepRequest req) {
    Map<String, String> problems = new LinkedHashMap<>();
    String code = Forms.required("customerCode", req.form("customerCode"), 100, problems);
    var on = Forms.date("joinedOn", req.form("joinedOn"), problems);
    String how = Forms.text(req.form("joinedHow"));
    try {
      if (!problems.isEmpty()) throw new ValidationException(problems);
      clubs(req).join(req.view().client().getId(), code, on, how, req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, e.problems(), Map.of("customerCode", code, "joinedOn", Forms.text(req.form("joinedOn")), "joinedHow", how));
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "club#members");
  }

  /** An A4 sheet of member cards: the club's name, the member's name and number, and a QR code of the number if asked. */
  StepResponse cards(StepRequest req) {
    long clientId = req.view().client().getId();
    ClubService service = clubs(req);
    Optional<Club> club = service.club(clientId);
    List<Member> members = service.members(clientId);
    if (club.isEmpty() || members.isEmpty()) return StepResponse.redirect(StepPaths.base(clientId) + "club");
    boolean qr = req.query("qr").isPresent();
    List<CardSheetPdf.Card> cards = new ArrayList<>();
    for (Member m : members) {
      cards.add(new CardSheetPdf.Card(club.get().getName(), req.view().t("card.name", m.getCustomerName() == null ? "" : m.getCustomerName()),
          req.view().t("card.memberNo", m.memberNumber()),
          List.of(req.view().t("card.joined", m.getJoinedOn().toString())), qr ? m.memberNumber() : null));
    }
    return StepResponse.download("member-cards.pdf", "application/pdf", CardSheetPdf.write(cards));
  }

  private StepResponse render(StepRequest req, Map<String, String> errors, Map<String, String> values) {
    long clientId = req.view().client().getId();
    ClubService service = clubs(req);
    Optional<CellsNow> cells = CellsNow.latest(req.services(), clientId);
    List<ClubPage.MemberRow> rows = service.members(clientId).stream()
        .map(m -> new ClubPage.MemberRow(m, cells.flatMap(c -> c.cellOf(m.getCustomerId())).orElse(null))).toList();
    ClubPage page = new ClubPage(req.view(), service.club(clientId), rows, cells.map(CellsNow::asOf).orElse(null),
        req.csrfToken(), errors, values);
    return StepResponse.page(req.view().t("club.title"), templates.render("club/club.jte", page));
  }

  static ClubService clubs(StepRequest req) {
    return new ClubService(req.services().get(Database.class), req.services().get(Clock.class));
  }
}
