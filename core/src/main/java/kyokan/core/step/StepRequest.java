package kyokan.core.step;

import java.util.List;
import java.util.Optional;

/** A request to a step's page, already past the access guard. */
public interface StepRequest {
  StepView view();

  Optional<String> pathParam(String name);

  Optional<String> query(String name);

  Optional<String> form(String name);

  List<String> formValues(String name);

  /** The token a rendered form must carry in a hidden {@code _csrf} field. */
  String csrfToken();
}
