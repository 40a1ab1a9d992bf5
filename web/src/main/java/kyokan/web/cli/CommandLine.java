package kyokan.web.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options and {@code --flag}s of a subcommand. */
public final class CommandLine {
  private final Map<String, String> options = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  public CommandLine(String[] args, Set<String> flagNames) {
    for (int i = 0; i < args.length; i++) {
      if (flagNames.contains(args[i])) {
        flags.add(args[i]);
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i], args[++i]);
      } else {
        throw new CommandException("不明な引数 / unknown argument: " + args[i]);
      }
    }
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public String required(String name) {
    return option(name).orElseThrow(() -> new CommandException(name + " が必要です / is required"));
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }
}
