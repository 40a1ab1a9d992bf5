package kyokan.web.cli;

import java.util.List;
import java.util.stream.Collectors;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;

/** {@code --client}: a client's number or its exact registered name. */
final class ClientRef {
  private ClientRef() {}

  static Client resolve(ClientService clients, String given) {
    String text = given.strip();
    if (text.matches("\\d{1,18}")) {
      var byId = clients.find(Long.parseLong(text));
      if (byId.isPresent()) return byId.get();
    }
    List<Client> named = clients.findByName(text);
    if (named.isEmpty()) throw new CommandException("error.noClient", given);
    if (named.size() > 1) {
      String ids = named.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(", "));
      throw new CommandException("error.manyClients", given, named.size(), ids);
    }
    return named.get(0);
  }
}
