package kyokan.core.client;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;

/** Client businesses: registration and lookup. Who may see a client is {@link ClientAccess}'s rule. */
public final class ClientService {
  /** The currencies a shop can keep its books in here: yen, and the few a Japanese shop selling abroad meets. */
  public static final java.util.List<String> SUPPORTED_CURRENCIES = java.util.List.of("JPY", "USD", "EUR", "GBP");
  private final Database db;
  private final Clock clock;

  public ClientService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Client create(User consultant, NewClient form) {
    if (!consultant.isConsultant()) throw new IllegalArgumentException("only consultants create clients");
    if (form.name() == null || form.name().isBlank()) throw new ValidationException("name", "error.required");
    if (form.businessType() == null || form.businessType().isBlank()) {
      throw new ValidationException("businessType", "error.required");
    }
    if (!SUPPORTED_CURRENCIES.contains(form.currency())) throw new ValidationException("currency", "error.currency");
    Client client = Client.of(form, consultant.getId(), clock.instant());
    db.writeVoid(s -> s.getMapper(ClientMapper.class).insertClient(client));
    return client;
  }

  public Optional<Client> find(long id) {
    return Optional.ofNullable(db.read(s -> s.getMapper(ClientMapper.class).selectById(id)));
  }

  /** Every client registered under exactly this name (the command line names clients by name). */
  public List<Client> findByName(String name) {
    return db.read(s -> s.getMapper(ClientMapper.class).selectByName(name));
  }

  public Client get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("client " + id));
  }

  /** Every client of every consultant, by name: for printing all reports from the command line. */
  public List<Client> allClients() {
    return db.read(s -> s.getMapper(ClientMapper.class).selectAll());
  }

  public List<Client> clientsOf(User consultant) {
    return db.read(s -> s.getMapper(ClientMapper.class).selectByConsultant(consultant.getId()));
  }
}
