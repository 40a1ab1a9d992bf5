package kyokan.web.cli;

/** A command-line mistake, explained to the person at the console. */
public class CommandException extends RuntimeException {
  public CommandException(String message) {
    super(message);
  }
}
