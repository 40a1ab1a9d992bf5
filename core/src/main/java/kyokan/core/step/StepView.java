package kyokan.core.step;

import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;

/** What a step's page knows while it renders: who is looking, at which client, in which language. */
public record StepView(User user, Client client, Engagement engagement, Messages messages) {
  public String t(String key) {
    return messages.get(key);
  }

  public String t(String key, Object... args) {
    return messages.format(key, args);
  }
}
