package kyokan.step.community.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.export.CsvEncoding;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.outreach.print.LabelLayout;
import kyokan.core.outreach.print.LabelSheetPdf;
import kyokan.core.outreach.print.LetterPdf;
import kyokan.core.outreach.print.MailRecipient;
import kyokan.core.outreach.print.ShopAddress;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.step.community.common.Forms;
import kyokan.step.community.common.StepPaths;

/** An event's invitations for its invited guests, printed or exported like a campaign's mail (step 4's print settings). */
final class InvitationPrint {
  static final String EVENT_FIELD = "催し", DATE_FIELD = "日時", PLACE_FIELD = "会場", SHOP_FIELD = "店名";

  void register(StepRoutes routes) {
    routes.get("events/{eventId}/letters.pdf", this::letters);
    routes.get("events/{eventId}/labels.pdf", this::labels);
    routes.get("events/{eventId}/invitations.csv", this::mailMerge);
  }

  StepResponse letters(StepRequest req) {
    Mailing m = mailing(req);
    if (m == null || m.event.getInvitation() == null || m.event.getInvitation().isBlank()) return back(req);
    try {
      return StepResponse.download("invitations-" + m.event.getId() + ".pdf", "application/pdf",
          LetterPdf.write(m.recipients(), m.shop(), m.event.getInvitation()));
    } catch (RuntimeException refused) {
      return back(req);
    }
  }

  StepResponse labels(StepRequest req) {
    Mailing m = mailing(req);
    if (m == null) return back(req);
    PrintSettings s = m.settings;
    try {
      return StepResponse.download("invitation-labels-" + m.event.getId() + ".pdf", "application/pdf",
          LabelSheetPdf.write(m.recipients(), new LabelLayout(s.labelOffsetXTenths() / 10.0, s.labelOffsetYTenths() / 10.0, s.labelStart())));
    } catch (RuntimeException refused) {
      return back(req);
    }
  }

  StepResponse mailMerge(StepRequest req) {
    Mailing m = mailing(req);
    if (m == null) return back(req);
    List<List<String>> rows = new ArrayList<>();
    for (MailingList.Entry e : m.entries) {
      var c = e.customer();
      rows.add(List.of(nz(c.getCode()), c.getLabel(), nz(c.getPostalCode()), nz(c.getAddress()), nz(c.getPhone()), nz(c.getEmail())));
    }
    List<String> header = List.of("code", "name", "postalCode", "address", "phone", "email").stream()
        .map(k -> req.view().t("csv." + k)).toList();
    return StepResponse.csv("invitations-" + m.event.getId(), header, rows, CsvEncoding.fromUrlName(req.query("encoding").orElse("")));
  }

  private record Mailing(EventRow event, List<MailingList.Entry> entries, PrintSettings settings) {
    ShopAddress shop() {
      return new ShopAddress(nz(settings.shopName()), nz(settings.shopPostalCode()), nz(settings.shopAddress()), nz(settings.shopPhone()));
    }

    List<MailRecipient> recipients() {
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put(EVENT_FIELD, event.getTitle());
      extra.put(DATE_FIELD, MailingList.japaneseDate(event.getEventDate()));
      extra.put(PLACE_FIELD, event.getPlace());
      extra.put(SHOP_FIELD, nz(settings.shopName()));
      return MailingList.recipients(entries, extra);
    }
  }

  /** The invited guests with what their mail needs; null when nobody is invited yet. */
  private static Mailing mailing(StepRequest req) {
    long clientId = req.view().client().getId();
    EventService service = EventsController.events(req);
    EventRow event = service.event(clientId, req.pathId("eventId"));
    List<Long> invited = service.guests(event.getId()).stream().filter(Guest::isInvited).map(Guest::getCustomerId).toList();
    if (invited.isEmpty()) return null;
    return new Mailing(event, req.services().get(MailingList.class).entries(clientId, invited),
        req.services().get(PrintSettingsService.class).get(clientId));
  }

  private static StepResponse back(StepRequest req) {
    return StepResponse.redirect(StepPaths.event(req.view().client().getId(), req.pathId("eventId")) + "?printError=1");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
