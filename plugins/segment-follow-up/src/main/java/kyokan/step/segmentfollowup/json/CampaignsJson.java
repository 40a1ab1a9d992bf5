package kyokan.step.segmentfollowup.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.client.Client;
import kyokan.core.outreach.ArmResult;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;

/**
 * {@code campaigns.json}: every campaign with its counts and, per arm, the figures the page shows. Money is in
 * minor units (fields ending in {@code Minor}), the currency and its digits stated once at the top and beside
 * each amount.
 */
public final class CampaignsJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void register(StepRoutes routes) {
    routes.get("campaigns.json", this::campaigns);
  }

  StepResponse campaigns(StepRequest req) {
    Client client = req.view().client();
    CampaignResults results = req.services().get(CampaignResults.class);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("clientId", client.getId());
    root.put("currency", client.getCurrency());
    root.put("minorDigits", client.getMinorDigits());
    List<Map<String, Object>> campaigns = results.all(client.getId()).stream().map(r -> campaign(r, client)).toList();
    root.put("campaigns", campaigns);
    try {
      return StepResponse.json(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> campaign(CampaignResult r, Client client) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", r.campaign().getId());
    c.put("name", r.campaign().getName());
    c.put("cells", r.list().rule().cells().stream().map(Enum::name).sorted().toList());
    c.put("asOf", r.list().rule().asOf().toString());
    c.put("channel", r.campaign().getChannel().name());
    c.put("sendDate", r.campaign().getSendDate().toString());
    c.put("windowDays", r.campaign().getWindowDays());
    c.put("windowEnd", r.campaign().windowEnd().toString());
    c.put("sent", r.campaign().isSent());
    c.put("provisional", r.provisional());
    c.put("dataThrough", r.dataThrough() == null ? null : r.dataThrough().toString());
    c.put("holdoutPercent", r.list().holdoutPercent());
    c.put("seed", r.list().seed());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("targeted", r.targeted());
    counts.put("contacted", r.contacted().customers());
    counts.put("heldOut", r.heldOut().customers());
    counts.put("excludedNoConsent", r.noConsent());
    counts.put("excludedNoAddress", r.noAddress());
    c.put("counts", counts);
    Map<String, Object> arms = new LinkedHashMap<>();
    arms.put("contacted", arm(r.contacted(), client));
    arms.put("heldOut", arm(r.heldOut(), client));
    c.put("arms", arms);
    c.put("costMinor", r.cost());
    c.put("comparison", r.comparison().map(CampaignsJson::comparison).orElse(null));
    return c;
  }

  private static Map<String, Object> arm(ArmResult a, Client client) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("customers", a.customers());
    m.put("responders", a.responders());
    m.put("responseRate", a.responseRate());
    m.put("orders", a.orders());
    m.put("revenueMinor", a.revenue());
    m.put("currency", client.getCurrency());
    m.put("progressed", a.progressed());
    m.put("progressKnown", a.progressKnown());
    return m;
  }

  private static Map<String, Object> comparison(ResponseComparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("difference", c.difference().difference());
    m.put("intervalLower", c.difference().interval().lower());
    m.put("intervalUpper", c.difference().interval().upper());
    m.put("fisherP", c.fisherP());
    m.put("verdict", c.verdict().name());
    m.put("smallestDetectableDifference", c.smallestDetectable());
    return m;
  }
}
