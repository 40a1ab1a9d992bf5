package kyokan.core.worksheet;

import java.util.List;

/**
 * One worksheet question. Its texts live in the step's message bundle: {@code ws.<id>} is the question,
 * {@code ws.<id>.help} a hint, {@code ws.<id>.<option>} each choice or table column.
 *
 * @param options choice ids for CHOICE and MULTI_CHOICE, column ids for TABLE, empty otherwise
 * @param rows number of rows offered for TABLE, 0 otherwise
 */
public record Question(String id, QuestionType type, List<String> options, int rows) {
  public Question {
    if (!id.matches("[a-z0-9_]+")) throw new IllegalArgumentException("question id must be [a-z0-9_]+: " + id);
    options = List.copyOf(options);
  }

  public String labelKey() { return "ws." + id; }

  public String helpKey() { return "ws." + id + ".help"; }

  public String optionKey(String option) { return "ws." + id + "." + option; }
}
