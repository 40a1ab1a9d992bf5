package kyokan.step.community.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;

/**
 * {@code summary.json}: the club's members, events with invited / replied / attended counts, introductions per
 * introducer (count and their customers' revenue in minor units), and every survey's responses with the NPS and
 * its 95 % interval (points). Same access rule as the step's pages.
 */
public final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void register(StepRoutes routes) {
    routes.get("summary.json", this::summary);
  }

  StepResponse summary(StepRequest req) {
    Map<String, Object> root = CommunitySummary.of(req.services(), req.view().client()).toMap();
    try {
      return StepResponse.json(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
    return m;
  }

}
