package kyokan.core.step;

/**
 * Where a step mounts its own pages. Paths are relative to {@code /clients/{clientId}/steps/{stepId}}
 * and pass the host's access guard (the client's consultant, or the client's user once the step is
 * unlocked) before the handler runs; POSTs also pass the CSRF check.
 */
public interface StepRoutes {
  void get(String subPath, StepHandler handler);

  void post(String subPath, StepHandler handler);

  /** A POST only the client's consultant may send: the client's own users get 403 from the host's guard. */
  void consultantPost(String subPath, StepHandler handler);

  /**
   * A GET at the client's level, {@code /clients/{clientId}/<path>} (e.g. {@code analysis.json}), under the
   * same access rule as the step's pages: for data a step offers about the whole client.
   */
  void clientGet(String path, StepHandler handler);
}
