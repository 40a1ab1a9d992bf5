package kyokan.core.worksheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions of one step's worksheet, in the order they are asked. */
public record WorksheetDefinition(List<Question> questions) {
  public WorksheetDefinition {
    questions = List.copyOf(questions);
    if (questions.stream().map(Question::id).distinct().count() != questions.size()) {
      throw new IllegalArgumentException("duplicate question id");
    }
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Every message key the worksheet needs, for checking a step's bundles. */
  public List<String> messageKeys() {
    List<String> keys = new ArrayList<>();
    for (Question q : questions) {
      keys.add(q.labelKey());
      keys.add(q.helpKey());
      q.options().forEach(o -> keys.add(q.optionKey(o)));
    }
    return keys;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads like the worksheet itself: {@code builder().longText("why").money("goal").build()}. */
  public static final class Builder {
    private final Map<String, Question> questions = new LinkedHashMap<>();

    public Builder shortText(String id) { return add(id, QuestionType.SHORT_TEXT, List.of(), 0); }
    public Builder longText(String id) { return add(id, QuestionType.LONG_TEXT, List.of(), 0); }
    public Builder number(String id) { return add(id, QuestionType.NUMBER, List.of(), 0); }
    public Builder money(String id) { return add(id, QuestionType.MONEY, List.of(), 0); }
    public Builder date(String id) { return add(id, QuestionType.DATE, List.of(), 0); }
    public Builder choice(String id, String... options) { return add(id, QuestionType.CHOICE, List.of(options), 0); }
    public Builder multiChoice(String id, String... options) { return add(id, QuestionType.MULTI_CHOICE, List.of(options), 0); }
    public Builder table(String id, int rows, String... columns) { return add(id, QuestionType.TABLE, List.of(columns), rows); }

    private Builder add(String id, QuestionType type, List<String> options, int rows) {
      questions.put(id, new Question(id, type, options, rows));
      return this;
    }

    public WorksheetDefinition build() {
      return new WorksheetDefinition(new ArrayList<>(questions.values()));
    }
  }
}
