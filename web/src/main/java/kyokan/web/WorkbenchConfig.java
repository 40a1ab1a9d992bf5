package kyokan.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.db.DatabaseSettings;

/**
 * How the workbench is started: from command-line options, falling back to environment variables,
 * falling back to defaults.
 *
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-Proto} / {@code -For} are believed
 * @param database where the database is: Derby under {@code dataDir}, or a PostgreSQL server ({@link DatabaseChoice})
 */
public record WorkbenchConfig(int port, Path dataDir, Path pluginsDir, boolean demo, String adminEmail,
    String adminPassword, int bcryptCost, Clock clock, Set<String> trustedProxies, DatabaseSettings database) {

  public WorkbenchConfig {
    trustedProxies = Set.copyOf(trustedProxies);
    if (database == null) database = DatabaseSettings.derby(dataDir);
  }

  /** On the data folder's embedded database. */
  public WorkbenchConfig(int port, Path dataDir, Path pluginsDir, boolean demo, String adminEmail,
      String adminPassword, int bcryptCost, Clock clock, Set<String> trustedProxies) {
    this(port, dataDir, pluginsDir, demo, adminEmail, adminPassword, bcryptCost, clock, trustedProxies, null);
  }

  /** Without a proxy in front. */
  public WorkbenchConfig(int port, Path dataDir, Path pluginsDir, boolean demo, String adminEmail,
      String adminPassword, int bcryptCost, Clock clock) {
    this(port, dataDir, pluginsDir, demo, adminEmail, adminPassword, bcryptCost, clock, Set.of());
  }

  public static final int DEFAULT_PORT = 7070;

  public static WorkbenchConfig from(String[] args, Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("KYOKAN_PORT", String.valueOf(DEFAULT_PORT)));
    Path data = Path.of(env.getOrDefault("KYOKAN_DATA", "data"));
    Path plugins = Path.of(env.getOrDefault("KYOKAN_PLUGINS", "plugins"));
    boolean demo = false;
    String proxies = env.getOrDefault("KYOKAN_TRUSTED_PROXIES", "");
    String db = null;
    String passwordFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--plugins" -> plugins = Path.of(value(args, ++i, "--plugins"));
        case "--trusted-proxy" -> proxies = value(args, ++i, "--trusted-proxy");
        case "--db" -> db = value(args, ++i, "--db");
        case "--db-password-file" -> passwordFile = value(args, ++i, "--db-password-file");
        default -> throw new IllegalArgumentException("不明なオプション / unknown option: " + args[i]);
      }
    }
    int cost = Integer.parseInt(env.getOrDefault("KYOKAN_BCRYPT_COST", "12"));
    return new WorkbenchConfig(port, data, plugins, demo, env.get("KYOKAN_ADMIN_EMAIL"), env.get("KYOKAN_ADMIN_PASSWORD"),
        cost, Clock.systemDefaultZone(), addresses(proxies), DatabaseChoice.resolve(db, passwordFile, data, env));
  }

  private static Set<String> addresses(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port は数字で指定してください / --port must be a number: " + text);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " には値が必要です / needs a value");
    return args[i];
  }
}
