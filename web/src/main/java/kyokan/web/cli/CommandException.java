package kyokan.web.cli;

/** A command-line mistake, explained to the person at the console in Japanese and English. */
public class CommandException extends RuntimeException {
  /** @param key a text of {@link CliText}'s bundle */
  public CommandException(String key, Object... args) {
    super(CliText.both(key, args));
  }
}
