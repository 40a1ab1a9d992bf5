package kyokan.core.step;

import java.util.Locale;
import java.util.Optional;
import kyokan.core.i18n.Messages;

/** A request to a step's public page: no user, no client; only what the path and form carry. */
public interface PublicRequest {
  Optional<String> pathParam(String name);

  Optional<String> form(String name);

  Locale locale();

  /** The step's texts in the reader's language. */
  Messages messages();

  /** The token a rendered form must carry in a hidden {@code _csrf} field. */
  String csrfToken();

  CoreServices services();
}
