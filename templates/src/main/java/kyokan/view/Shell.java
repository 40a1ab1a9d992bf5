package kyokan.view;

import java.util.List;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.i18n.Messages;

/**
 * What every page's frame needs: the reader, their language, the form token, the client in view and
 * its step navigation, and a one-off notice.
 *
 * @param flash message key of a notice to show once, or null
 */
public record Shell(Messages messages, User user, String csrfToken, String path, Client client,
    List<NavItem> steps, String flash) {

  public String t(String key) {
    return messages.get(key);
  }

  public String t(String key, Object... args) {
    return messages.format(key, args);
  }

  public String lang() {
    return messages.locale().getLanguage();
  }

  public boolean signedIn() {
    return user != null;
  }

  public boolean consultant() {
    return user != null && user.isConsultant();
  }

  public boolean administrator() {
    return user != null && user.isAdministrator();
  }

  public String clientBase() {
    return client == null ? "" : "/clients/" + client.getId();
  }
}
