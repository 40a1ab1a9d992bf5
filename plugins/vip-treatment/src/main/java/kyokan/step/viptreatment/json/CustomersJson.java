package kyokan.step.viptreatment.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.client.Client;
import kyokan.core.prediction.CustomerValue;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.prediction.CustomerValues;
import kyokan.core.prediction.ModelFit;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;

/**
 * {@code customers.json?asOf=YYYY-MM-DD} (issue 13's JSON): every customer's cell, rhythm, days since the last
 * order, at-risk flag, P(alive), expected orders in 52 weeks and predicted 12-month value (minor units), with the
 * fitted BG/NBD and Gamma-Gamma parameters, or why a model could not be fitted. Default date: the last complete
 * month's end. A figure a model could not give is null, never made up.
 */
public final class CustomersJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  public void register(StepRoutes routes) {
    routes.get("customers.json", this::customers);
  }

  StepResponse customers(StepRequest req) {
    Client client = req.view().client();
    Optional<YearMonth> latest = req.services().get(AnalyticsService.class).latestCompleteMonth(client.getId());
    if (latest.isEmpty()) return StepResponse.json(404, "{\"error\":\"no sales yet\"}");
    LocalDate asOf;
    try {
      asOf = req.query("asOf").map(LocalDate::parse).orElse(latest.get().atEndOfMonth());
    } catch (DateTimeParseException e) {
      return StepResponse.json(400, "{\"error\":\"asOf must be a date YYYY-MM-DD\"}");
    }
    if (asOf.isAfter(latest.get().atEndOfMonth())) {
      return StepResponse.json(400, "{\"error\":\"asOf is after the last complete month of the data\"}");
    }
    CustomerValues values = req.services().get(CustomerValueService.class).values(client.getId(), asOf);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("clientId", client.getId());
    root.put("asOf", asOf.toString());
    root.put("currency", client.getCurrency());
    root.put("minorDigits", client.getMinorDigits());
    root.put("bgNbd", fit(values.bgNbd(), p -> Map.of("r", p.r(), "alpha", p.alpha(), "a", p.a(), "b", p.b())));
    root.put("gammaGamma", fit(values.gammaGamma(), p -> Map.of("p", p.p(), "q", p.q(), "gamma", p.gamma())));
    List<Map<String, Object>> customers = values.customers().stream().map(CustomersJson::customer).toList();
    root.put("customers", customers);
    try {
      return StepResponse.json(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <P> Map<String, Object> fit(ModelFit<P> fit, java.util.function.Function<P, Map<String, Object>> params) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", fit.outcome().name());
    m.put("customers", fit.customers());
    m.put("parameters", fit.estimate().map(params).orElse(null));
    m.put("logLikelihood", fit.isFitted() ? fit.logLikelihood() : null);
    return m;
  }

  private static Map<String, Object> customer(CustomerValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.customerId());
    m.put("code", v.code());
    m.put("cell", v.cell() == null ? null : v.cell().name());
    m.put("medianGapDays", v.medianGapDays().isPresent() ? v.medianGapDays().getAsDouble() : null);
    m.put("daysSinceLastOrder", v.daysSinceLastOrder());
    m.put("atRisk", v.atRisk());
    m.put("probabilityAlive", v.probabilityAlive().isPresent() ? v.probabilityAlive().getAsDouble() : null);
    m.put("expectedOrders12Months", v.expectedOrders().isPresent() ? v.expectedOrders().getAsDouble() : null);
    m.put("predictedValue12MonthsMinor", v.predictedValue().isPresent() ? v.predictedValue().getAsLong() : null);
    return m;
  }
}
