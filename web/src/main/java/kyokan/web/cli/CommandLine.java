package kyokan.web.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} options, {@code --flag}s and positional arguments of a subcommand, checked
 * against what the command knows: an unknown option is refused with its name, never ignored.
 */
public final class CommandLine {
  private final Map<String, List<String>> options = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> positional = new ArrayList<>();

  /**
   * @param optionNames options that take a value; those in {@code repeatable} may be given more than once
   * @param positionalLimit how many arguments without a name the command takes
   */
  public CommandLine(String[] args, Set<String> optionNames, Set<String> flagNames, Set<String> repeatable,
      int positionalLimit) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (flagNames.contains(arg)) {
        flags.add(arg);
      } else if (optionNames.contains(arg)) {
        if (i + 1 >= args.length) throw new CommandException("error.missingValue", arg);
        List<String> values = options.computeIfAbsent(arg, k -> new ArrayList<>());
        if (!values.isEmpty() && !repeatable.contains(arg)) throw new CommandException("error.repeated", arg);
        values.add(args[++i]);
      } else if (arg.startsWith("-") && arg.length() > 1) {
        throw new CommandException("error.unknownOption", arg);
      } else if (positional.size() < positionalLimit) {
        positional.add(arg);
      } else {
        throw new CommandException("error.extraArgument", arg);
      }
    }
  }

  /** A command's options without repeatable ones or positional arguments. */
  public CommandLine(String[] args, Set<String> optionNames, Set<String> flagNames) {
    this(args, optionNames, flagNames, Set.of(), 0);
  }

  public Optional<String> option(String name) {
    List<String> values = options.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a repeatable option, in the order given. */
  public List<String> options(String name) {
    return options.getOrDefault(name, List.of());
  }

  public String required(String name) {
    return option(name).orElseThrow(() -> new CommandException("error.required", name));
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  public List<String> positional() {
    return List.copyOf(positional);
  }

  /** Whether {@code --help} or {@code -h} is among the arguments. */
  public static boolean asksForHelp(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) return true;
    }
    return false;
  }
}
