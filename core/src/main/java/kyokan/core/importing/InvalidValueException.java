package kyokan.core.importing;

/** A value that cannot be read, with the kind of problem and a plain-Japanese reason. */
public class InvalidValueException extends RuntimeException {
  private final ProblemKind kind;

  public InvalidValueException(ProblemKind kind) {
    this(kind, kind.defaultReason());
  }

  public InvalidValueException(ProblemKind kind, String reason) {
    // No stack trace: a file with a million bad rows raises a million of these, and only the reason matters.
    super(reason, null, false, false);
    this.kind = kind;
  }

  public ProblemKind kind() {
    return kind;
  }

  /** The plain-Japanese reason, fit to show the user. */
  public String reason() {
    return getMessage();
  }
}
