package kyokan.core.client;

import kyokan.core.account.User;

/** The one rule for who may see a client's data: its own consultant, or one of its own users. */
public final class ClientAccess {
  private ClientAccess() {}

  public static boolean canSee(User user, Client client) {
    return user.isConsultant() ? client.getConsultantId() == user.getId() : isOwnClient(user, client);
  }

  public static boolean isOwnClient(User user, Client client) {
    return !user.isConsultant() && user.getClientId() != null && user.getClientId() == client.getId();
  }

  public static boolean isConsultantOf(User user, Client client) {
    return user.isConsultant() && client.getConsultantId() == user.getId();
  }
}
