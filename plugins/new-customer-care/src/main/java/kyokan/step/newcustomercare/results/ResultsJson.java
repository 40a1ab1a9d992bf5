package kyokan.step.newcustomercare.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.client.Client;

/**
 * {@code results.json}: enrolled, held out and not enrolled for no consent; per window and arm the customers whose
 * window has passed, the second buyers among them and their revenue after the first purchase (minor units), and the
 * intervals the page shows. Before the sequence is saved, {@code "sequence": null} and nothing else.
 */
public final class ResultsJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsJson() {}

  public static String write(Client client, CareResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("clientId", client.getId());
    root.put("currency", client.getCurrency());
    root.put("minorDigits", client.getMinorDigits());
    if (r == null) {
      root.put("sequence", null);
    } else {
      Map<String, Object> seq = new LinkedHashMap<>();
      seq.put("version", r.current().versionNo());
      seq.put("startDate", r.current().startDate().toString());
      seq.put("holdoutPercent", r.current().holdoutPercent());
      root.put("sequence", seq);
      root.put("dataThrough", r.dataThrough() == null ? null : r.dataThrough().toString());
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("enrolled", r.contacted());
      counts.put("heldOut", r.heldOut());
      counts.put("notEnrolledNoConsent", r.noConsent());
      counts.put("lateArrivalsNotEnrolled", r.lateArrivals());
      counts.put("notNewAfterAll", r.notNew());
      root.put("counts", counts);
      root.put("within90", window(r.within90()));
      root.put("within180", window(r.within180()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> window(WindowResult w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("days", w.days());
    m.put("contacted", arm(w.contacted(), w.contactedSecond(), w.contactedRevenue()));
    m.put("heldOut", arm(w.heldOut(), w.heldOutSecond(), w.heldOutRevenue()));
    m.put("f2", w.f2().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("difference", c.difference().difference());
      x.put("intervalLower", c.difference().interval().lower());
      x.put("intervalUpper", c.difference().interval().upper());
      x.put("method", "Newcombe hybrid score, 95%");
      x.put("fisherP", c.fisherP());
      x.put("verdict", c.verdict().name());
      x.put("smallestDetectable", c.smallestDetectable());
      return x;
    }).orElse(null));
    m.put("revenuePerPerson", w.revenue().map(d -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("differenceMinor", d.difference());
      x.put("intervalLowerMinor", d.interval().lower());
      x.put("intervalUpperMinor", d.interval().upper());
      x.put("method", "percentile bootstrap, 2000 resamples, 95%");
      return x;
    }).orElse(null));
    return m;
  }

  private static Map<String, Object> arm(int passed, int second, long revenue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("windowPassed", passed);
    m.put("secondBuyers", second);
    m.put("f2Rate", passed == 0 ? null : (double) second / passed);
    m.put("revenueAfterFirstMinor", revenue);
    return m;
  }
}
