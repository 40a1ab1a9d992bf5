package kyokan.step.newcustomercare.due;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kyokan.core.ValidationException;
import kyokan.core.export.CsvEncoding;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.outreach.print.LetterPdf;
import kyokan.core.outreach.print.PostcardPdf;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.common.StepPaths;

/** The due list: the page, marking contacts done or skipped, the week's postcards and letters, the CSV, late arrivals. */
public final class DueController {
  /** How many of the latest marks the page lists under the due list. */
  static final int RECENT = 10;
  private final StepTemplates templates;

  public DueController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("due", this::showDue);
    routes.post("due", this::markTasks);
    routes.get("due/postcards.pdf", this::postcards);
    routes.get("due/letters.pdf", this::letters);
    routes.get("due.csv", this::dueCsv);
    routes.post("enrol-late", this::enrolLate);
  }

  StepResponse showDue(StepRequest req) {
    return render(req, Map.of(), req.query("flash").filter(k -> k.matches("[a-zA-Z.]{1,40}")).orElse(null), "");
  }

  StepResponse markTasks(StepRequest req) {
    Care care = Care.of(req.services());
    long clientId = req.view().client().getId();
    TaskState outcome = "SKIPPED".equals(req.form("outcome").orElse("")) ? TaskState.SKIPPED : TaskState.DONE;
    String note = req.form("note").orElse("");
    try {
      care.marks().mark(clientId, req.formValues("task"), outcome, date(req.form("on").orElse("")), note,
          req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, e.problems(), null, note);
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "due?flash=flash." + outcome.name().toLowerCase());
  }

  StepResponse enrolLate(StepRequest req) {
    Care care = Care.of(req.services());
    try {
      care.enrolments().enrolLateArrivals(req.view().client().getId(), LocalDate.now(care.clock()), req.view().user());
    } catch (ValidationException e) {
      return render(req, e.problems(), null, "");
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "due?flash=flash.enrolled");
  }

  StepResponse postcards(StepRequest req) {
    return pdf(req, "postcards", m -> PostcardPdf.write(m, DueMail.shop(settings(req)), DueMail.TEMPLATE), Channel.POSTCARD);
  }

  StepResponse letters(StepRequest req) {
    return pdf(req, "letters", m -> LetterPdf.write(m, DueMail.shop(settings(req)), DueMail.TEMPLATE),
        Channel.LETTER, Channel.NEWSLETTER);
  }

  StepResponse dueCsv(StepRequest req) {
    List<List<String>> rows = new ArrayList<>();
    for (DueRow r : rows(req)) {
      var c = r.customer();
      Task t = r.task();
      rows.add(List.of(t.due().toString(), req.view().t("due.bucket." + r.bucket()), String.valueOf(t.step().number()),
          req.view().t(t.step().channel().key()), c == null ? "" : nz(c.getCode()), r.name(), c == null ? "" : nz(c.getKana()),
          c == null ? "" : nz(c.getPostalCode()), c == null ? "" : nz(c.getAddress()), c == null ? "" : nz(c.getPhone()),
          c == null ? "" : nz(c.getEmail()), t.enrolment().firstPurchase().toString(), String.join(" / ", t.purchase().products())));
    }
    List<String> header = List.of("due", "bucket", "step", "channel", "code", "name", "kana", "postalCode", "address", "phone",
        "email", "firstPurchase", "products").stream().map(k -> req.view().t("csv." + k)).toList();
    return StepResponse.csv("new-customer-contacts", header, rows, CsvEncoding.fromUrlName(req.query("encoding").orElse("")));
  }

  private StepResponse pdf(StepRequest req, String what, Function<List<kyokan.core.outreach.print.MailRecipient>, byte[]> writer,
      Channel... channels) {
    long clientId = req.view().client().getId();
    List<Task> tasks = rows(req).stream().filter(r -> !r.missingAddress()).map(DueRow::task).toList();
    List<Long> ids = tasks.stream().map(t -> t.enrolment().customerId()).distinct().toList();
    List<MailingList.Entry> entries = req.services().get(MailingList.class).entries(clientId, ids);
    List<DueMail.Piece> pieces = DueMail.pieces(tasks, entries, channels);
    String back = StepPaths.base(req.view()) + "due?flash=";
    if (pieces.isEmpty()) return StepResponse.redirect(back + "error.nobodyToPrint");
    try {
      return StepResponse.download("new-customer-" + what + "-" + LocalDate.now(req.services().get(java.time.Clock.class)) + ".pdf",
          "application/pdf", writer.apply(DueMail.recipients(pieces, settings(req))));
    } catch (ValidationException e) {
      return StepResponse.redirect(back + e.problems().values().iterator().next());
    }
  }

  private static PrintSettings settings(StepRequest req) {
    return req.services().get(PrintSettingsService.class).get(req.view().client().getId());
  }

  /** The week's open contacts with their customers, overdue first. */
  static List<DueRow> rows(StepRequest req) {
    Care care = Care.of(req.services());
    long clientId = req.view().client().getId();
    LocalDate today = care.enrolAndToday(clientId);
    DueList due = DueList.of(care.board().tasks(clientId), today);
    return DueRows.of(req.services(), clientId, due);
  }

  private StepResponse render(StepRequest req, Map<String, String> errors, String flash, String note) {
    Care care = Care.of(req.services());
    long clientId = req.view().client().getId();
    LocalDate today = care.enrolAndToday(clientId);
    List<Task> tasks = care.board().tasks(clientId);
    DueList due = DueList.of(tasks, today);
    DuePage page = new DuePage(req.view(), care.sequences().current(clientId).isPresent(), today,
        DueRows.of(req.services(), clientId, due), due.overdue().size(), due.dueToday().size(), due.thisWeek().size(),
        DueRows.recent(req.services(), clientId, tasks, RECENT), care.enrolments().lateArrivals(clientId, today).size(), errors, flash, note, req.csrfToken());
    return StepResponse.page(req.view().t("due.title"), templates.render("due/due.jte", page));
  }

  private static LocalDate date(String text) {
    try {
      return text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
