package kyokan.web.cli;

/** A command-line mistake, explained to the person at the console in Japanese and English. */
public class CommandException extends RuntimeException {
  /** @param key a text of {@link CliText}'s bundle */
  private final String key;

  public CommandException(String key, Object... args) {
    super(CliText.both(key, args));
    this.key = key;
  }

  /** Which text it says, for a caller that handles one case itself. */
  public String key() {
    return key;
  }
}
