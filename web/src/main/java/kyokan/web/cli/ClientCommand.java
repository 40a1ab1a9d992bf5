package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kyokan.core.ValidationException;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.client.NewClient;
import kyokan.core.db.Database;

/**
 * {@code ./kyokan client add --name NAME [--currency JPY] [--business TYPE] [--consultant E-MAIL]}: registers a
 * client and prints its number, so a consultant's script can start without the browser.
 */
public final class ClientCommand {
  static final Set<String> OPTIONS = Set.of("--name", "--currency", "--business", "--consultant", "--data", "--db", "--db-password-file");
  private final PrintStream out;

  public ClientCommand(PrintStream out) {
    this.out = out;
  }

  public static CommandLine parse(String[] raw) {
    if (raw.length == 0 || !raw[0].equals("add")) {
      throw new CommandException("error.unknownCommand", "client " + (raw.length == 0 ? "" : raw[0]));
    }
    return new CommandLine(java.util.Arrays.copyOfRange(raw, 1, raw.length), OPTIONS, Set.of());
  }

  /** Prints the new client's number alone on the last line, for {@code id=$(./kyokan client add … | tail -1)}. */
  public int run(CommandLine args, Workplace place) {
    String name = args.required("--name").strip();
    String currency = args.option("--currency").orElse("JPY").strip().toUpperCase(Locale.ROOT);
    if (!ClientService.SUPPORTED_CURRENCIES.contains(currency)) {
      throw new CommandException("error.choice", "--currency", String.join(", ", ClientService.SUPPORTED_CURRENCIES), currency);
    }
    String business = args.option("--business").orElse(CliText.ja("client.defaultBusiness"));
    try (Database db = DataFolderDatabase.open(place)) {
      Clock clock = Clock.systemDefaultZone();
      User consultant = consultant(new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock),
          args.option("--consultant").orElse(null));
      Client client;
      try {
        client = new ClientService(db, clock).create(consultant, new NewClient(name, business, null, null, null, currency));
      } catch (ValidationException e) {
        throw new CommandException("error.clientInvalid", String.join(", ", e.problems().keySet()));
      }
      out.println(CliText.both("client.created", String.valueOf(client.getId()), client.getName(), client.getCurrency()));
      out.println(client.getId());
      return 0;
    }
  }

  static User consultant(AccountService accounts, String email) {
    if (email != null) {
      return accounts.findByEmail(email).filter(User::isConsultant)
          .orElseThrow(() -> new CommandException("error.consultant", email));
    }
    List<User> consultants = accounts.consultants();
    if (consultants.isEmpty()) throw new CommandException("error.noConsultant");
    return consultants.get(0);
  }
}
