package kyokan.step.segmentfollowup.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.export.CsvEncoding;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.TargetMember;
import kyokan.core.outreach.print.LabelLayout;
import kyokan.core.outreach.print.LabelSheetPdf;
import kyokan.core.outreach.print.LetterPdf;
import kyokan.core.outreach.print.MailRecipient;
import kyokan.core.outreach.print.PostcardPdf;
import kyokan.core.outreach.print.ShopAddress;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentfollowup.common.StepPaths;

/**
 * A campaign's mail for its contacted customers only (the held-out ones are never contacted): label sheet,
 * postcards and letters as PDF, and CSV for a mail merge; and the shop's print settings.
 */
public final class MailController {
  public static final String OFFER_FIELD = "特典";
  public static final String SHOP_FIELD = "店名";
  private final StepTemplates templates;

  public MailController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("campaigns/{campaignId}/labels.pdf", this::labels);
    routes.get("campaigns/{campaignId}/postcards.pdf", this::postcards);
    routes.get("campaigns/{campaignId}/letters.pdf", this::letters);
    routes.get("campaigns/{campaignId}/mailmerge.csv", this::mailMerge);
    routes.get("print-settings", this::showSettings);
    routes.post("print-settings", this::saveSettings);
  }

  StepResponse labels(StepRequest req) {
    return pdf(mailing(req), "labels", m -> {
      PrintSettings s = m.settings();
      return LabelSheetPdf.write(m.recipients(),
          new LabelLayout(s.labelOffsetXTenths() / 10.0, s.labelOffsetYTenths() / 10.0, s.labelStart()));
    });
  }

  StepResponse postcards(StepRequest req) {
    return pdf(mailing(req), "postcards", m -> PostcardPdf.write(m.recipients(), m.shop(), m.campaign().getMessage()));
  }

  StepResponse letters(StepRequest req) {
    return pdf(mailing(req), "letters", m -> LetterPdf.write(m.recipients(), m.shop(), m.campaign().getMessage()));
  }

  StepResponse mailMerge(StepRequest req) {
    Mailing m = mailing(req);
    List<List<String>> rows = new ArrayList<>();
    for (MailingList.Entry e : m.entries()) {
      var c = e.customer();
      rows.add(List.of(nz(c.getCode()), c.getLabel(), nz(c.getKana()), nz(c.getPostalCode()), nz(c.getAddress()),
          nz(c.getPhone()), nz(c.getEmail()), e.lastPurchase() == null ? "" : e.lastPurchase().toString(),
          req.view().t("cell." + m.cells().get(c.getId()))));
    }
    List<String> header = List.of("code", "name", "kana", "postalCode", "address", "phone", "email", "lastPurchase", "cell")
        .stream().map(k -> req.view().t("csv." + k)).toList();
    return StepResponse.csv("campaign-" + m.campaign().getId(), header, rows,
        CsvEncoding.fromUrlName(req.query("encoding").orElse("")));
  }

  StepResponse showSettings(StepRequest req) {
    PrintSettings s = req.services().get(PrintSettingsService.class).get(req.view().client().getId());
    return renderSettings(req, SettingsForm.of(s), Map.of(), req.query("saved").isPresent());
  }

  StepResponse saveSettings(StepRequest req) {
    SettingsForm form = SettingsForm.read(req::form);
    Map<String, String> errors = new LinkedHashMap<>();
    PrintSettings settings = form.settings(errors);
    if (settings != null) {
      try {
        req.services().get(PrintSettingsService.class).save(req.view().client().getId(), settings);
        return StepResponse.redirect(StepPaths.base(req.view()) + "print-settings?saved=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return renderSettings(req, form, errors, false);
  }

  private StepResponse renderSettings(StepRequest req, SettingsForm form, Map<String, String> errors, boolean saved) {
    SettingsPage page = new SettingsPage(req.view(), form, errors, saved, req.csrfToken());
    return StepResponse.page(req.view().t("settings.title"), templates.render("mail/settings.jte", page));
  }

  /** A campaign's contacted customers with everything its mail needs. */
  private record Mailing(Campaign campaign, List<MailingList.Entry> entries, Map<Long, String> cells,
      PrintSettings settings) {
    ShopAddress shop() {
      return new ShopAddress(nz(settings.shopName()), nz(settings.shopPostalCode()), nz(settings.shopAddress()),
          nz(settings.shopPhone()));
    }

    List<MailRecipient> recipients() {
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put(OFFER_FIELD, nz(campaign.getOffer()));
      extra.put(SHOP_FIELD, nz(settings.shopName()));
      return MailingList.recipients(entries, extra);
    }
  }

  private static Mailing mailing(StepRequest req) {
    long clientId = req.view().client().getId();
    Campaign campaign = req.services().get(CampaignService.class).get(clientId, req.pathId("campaignId"));
    Map<Long, String> cells = new LinkedHashMap<>();
    for (TargetMember m : req.services().get(TargetListService.class).members(clientId, campaign.getTargetListId())) {
      if (m.arm() == Arm.CONTACTED) cells.put(m.customerId(), m.cell().name());
    }
    List<MailingList.Entry> entries = req.services().get(MailingList.class).entries(clientId, List.copyOf(cells.keySet()));
    return new Mailing(campaign, entries, cells, req.services().get(PrintSettingsService.class).get(clientId));
  }

  /**
   * The PDF, or back to the campaign with the reason when there is nobody to print for or the text does not fit
   * (the printed-mail writers refuse both rather than print something wrong).
   */
  private static StepResponse pdf(Mailing m, String what, java.util.function.Function<Mailing, byte[]> writer) {
    String back = StepPaths.campaign(m.campaign().getClientId(), m.campaign().getId()) + "?printError=";
    if (m.entries().isEmpty()) return StepResponse.redirect(back + "error.nobodyToPrint");
    try {
      return StepResponse.download("campaign-" + m.campaign().getId() + "-" + what + ".pdf", "application/pdf",
          writer.apply(m));
    } catch (ValidationException e) {
      return StepResponse.redirect(back + e.problems().values().iterator().next());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
