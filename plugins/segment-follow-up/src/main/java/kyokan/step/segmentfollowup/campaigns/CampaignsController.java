package kyokan.step.segmentfollowup.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.client.Client;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.CustomerTags;
import kyokan.core.outreach.ListPower;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.TargetMember;
import kyokan.core.sales.Product;
import kyokan.core.sales.ProductMapper;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentfollowup.common.StepPaths;

/**
 * Campaigns: the list with each one's verdict and the pooled estimates, the form (preview the frozen list and
 * what it can tell, then create it with the previewed draw), one campaign's page, and marking it sent.
 */
public final class CampaignsController {
  private final StepTemplates templates;

  public CampaignsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("campaigns", this::showCampaigns);
    routes.get("campaigns/new", this::showNew);
    routes.post("campaigns/new", this::createCampaign);
    routes.get("campaigns/{campaignId}", this::showCampaign);
    routes.post("campaigns/{campaignId}/send", this::markSent);
  }

  StepResponse showCampaigns(StepRequest req) {
    List<CampaignResult> results = req.services().get(CampaignResults.class).all(req.view().client().getId());
    CampaignListPage page = new CampaignListPage(req.view(), FigureFormat.of(req.view().client()),
        results.stream().map(r -> ResultView.of(req.view(), r)).toList(),
        CampaignResults.pooled(results).stream().map(p -> PooledView.of(req.view(), p)).toList());
    return StepResponse.page(req.view().t("campaigns.title"), templates.render("campaigns/list.jte", page));
  }

  StepResponse showNew(StepRequest req) {
    Client client = req.view().client();
    Optional<MonthChoice> choice = MonthChoice.of(req.services().get(AnalyticsService.class), client.getId(), Optional.empty());
    String month = choice.map(c -> c.month().toString()).orElse("");
    List<String> cells = req.query("cell").map(List::of).orElse(List.of());
    String send = LocalDate.now(req.services().get(Clock.class)).plusDays(7).toString();
    CampaignForm form = CampaignForm.blank(month, cells, "POSTCARD", send, req.view().t("campaigns.defaultMessage"));
    return renderNew(req, form, Map.of(), null);
  }

  StepResponse createCampaign(StepRequest req) {
    Client client = req.view().client();
    CampaignForm form = CampaignForm.read(req::form, req::formValues);
    Map<String, String> errors = new LinkedHashMap<>();
    NewCampaign input = form.campaign(client.getMinorDigits(), productId(req, form.productCode()), errors);
    if (input == null) return renderNew(req, form, errors, null);
    TargetListService lists = req.services().get(TargetListService.class);
    TargetListService.Draft draft;
    try {
      draft = form.previewSeed().map(seed -> lists.draw(client.getId(), input.rule(), input.holdoutPercent(), seed))
          .orElseGet(() -> lists.draw(client.getId(), input.rule(), input.holdoutPercent()));
    } catch (ValidationException e) {
      return renderNew(req, form, e.problems(), null);
    }
    boolean create = req.form("create").isPresent() && form.previewSeed().isPresent();
    if (!create || draft.members().stream().noneMatch(m -> m.arm() == kyokan.core.outreach.Arm.CONTACTED)) {
      if (create) errors.put("cells", "error.nobodyToContact");
      ListPower power = ListPower.of(req.services().get(AnalyticsService.class), req.services().get(SegmentationService.class),
          client.getId(), input.rule(), input.windowDays(), draft.count(kyokan.core.outreach.Arm.CONTACTED),
          draft.count(kyokan.core.outreach.Arm.HELD_OUT));
      return renderNew(req, form.withSeed(draft.seed()), errors, ListPreview.of(draft, power));
    }
    Campaign campaign = req.services().get(CampaignService.class).create(client.getId(), input, req.view().user().getId(), draft);
    return StepResponse.redirect(StepPaths.campaign(client.getId(), campaign.getId()) + "?created=1");
  }

  StepResponse showCampaign(StepRequest req) {
    long clientId = req.view().client().getId();
    CampaignResult result = req.services().get(CampaignResults.class).of(clientId, req.pathId("campaignId"));
    List<TargetMember> members = req.services().get(TargetListService.class).members(clientId, result.list().id());
    List<Long> noAddress = members.stream().filter(m -> m.arm() == kyokan.core.outreach.Arm.NO_ADDRESS)
        .map(TargetMember::customerId).toList();
    CampaignPage page = new CampaignPage(req.view(), FigureFormat.of(req.view().client()), ResultView.of(req.view(), result),
        req.services().get(MailingList.class).entries(clientId, noAddress), req.query("created").isPresent(),
        req.query("sent").isPresent(), req.query("printError").orElse(null), req.csrfToken());
    return StepResponse.page(result.campaign().getName(), templates.render("campaigns/campaign.jte", page));
  }

  StepResponse markSent(StepRequest req) {
    long clientId = req.view().client().getId();
    long campaignId = req.pathId("campaignId");
    req.services().get(CampaignService.class).markSent(clientId, campaignId, req.view().user().getId());
    return StepResponse.redirect(StepPaths.campaign(clientId, campaignId) + "?sent=1");
  }

  private StepResponse renderNew(StepRequest req, CampaignForm form, Map<String, String> errors, ListPreview preview) {
    Client client = req.view().client();
    List<String> months = MonthChoice.of(req.services().get(AnalyticsService.class), client.getId(), Optional.empty())
        .map(c -> c.months().stream().map(Object::toString).toList()).orElse(List.of());
    NewCampaignPage page = new NewCampaignPage(req.view(), FigureFormat.of(client), form, errors, months,
        req.services().get(CustomerTags.class).all(client.getId()), preview, req.csrfToken());
    return StepResponse.page(req.view().t("new.title"), templates.render("campaigns/new.jte", page));
  }

  /** The product with that code, or null (also when no code was given). */
  private static Long productId(StepRequest req, String code) {
    if (code.isEmpty()) return null;
    Product p = req.services().get(kyokan.core.db.Database.class)
        .read(s -> s.getMapper(ProductMapper.class).selectByCode(req.view().client().getId(), code));
    return p == null ? null : p.getId();
  }
}
