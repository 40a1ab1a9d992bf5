package kyokan.core.step;

import java.time.LocalDate;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;

/**
 * What a step is given to work out its alerts: the client, its current engagement (the step is unlocked
 * in it), today's date and the core services (ledger, analytics, meetings…).
 */
public record AlertContext(Client client, Engagement engagement, LocalDate today, CoreServices services) {

  /** {@code /clients/<id>/steps/<stepId>/<path>}: a link into the step's own pages. */
  public String stepLink(String stepId, String path) {
    String base = "/clients/" + client.getId() + "/steps/" + stepId;
    return path == null || path.isEmpty() ? base : base + "/" + path;
  }
}
