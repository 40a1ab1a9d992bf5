package kyokan.core.step;

import java.util.List;
import java.util.Optional;

/** A request to a step's page, already past the access guard. */
public interface StepRequest {
  StepView view();

  Optional<String> pathParam(String name);

  /** A numeric id from the path; anything else is a 404, as the host does for its own ids. */
  default long pathId(String name) {
    try {
      return Long.parseLong(pathParam(name).orElse(""));
    } catch (NumberFormatException e) {
      throw new kyokan.core.NotFoundException(name);
    }
  }

  Optional<String> query(String name);

  Optional<String> form(String name);

  List<String> formValues(String name);

  /** A file sent in a multipart form field, if any. */
  Optional<Upload> upload(String name);

  /** The core services (ledger, importer, jobs…) shared with the host. */
  CoreServices services();

  /** The token a rendered form must carry in a hidden {@code _csrf} field. */
  String csrfToken();

  /**
   * The address the visitor used to reach the workbench, e.g. {@code https://shop.example.jp:8443}, without a
   * trailing slash: scheme (https also when a trusted proxy says so), host and port; for links to print.
   */
  String baseUrl();
}
