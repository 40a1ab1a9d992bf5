package kyokan.core.worksheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns form fields into stored answers and back, and checks them. A stored answer is one string:
 * multi-choice options one per line, table rows one per line with cells separated by tabs.
 */
public final class AnswerCodec {
  static final int MAX_SHORT = 500;
  static final int MAX_LONG = 10_000;

  private AnswerCodec() {}

  /** Form field name for a question, or for one table cell. */
  public static String field(Question q) { return "q_" + q.id(); }

  public static String cellField(Question q, int row, String column) { return "q_" + q.id() + "_" + row + "_" + column; }

  /** Collects the answers from form values ({@code values} gives every value sent for a field name). */
  public static Map<String, String> fromForm(WorksheetDefinition def, Function<String, List<String>> values) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question q : def.questions()) {
      String answer = switch (q.type()) {
        case MULTI_CHOICE -> String.join("\n", values.apply(field(q)));
        case TABLE -> tableFromForm(q, values);
        default -> first(values.apply(field(q)));
      };
      // Table cells are stripped one by one; stripping the whole answer would drop a leading empty cell's tab.
      answers.put(q.id(), q.type() == QuestionType.TABLE ? answer : normalizeNewlines(answer).strip());
    }
    return answers;
  }

  private static String tableFromForm(Question q, Function<String, List<String>> values) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < q.rows(); r++) {
      List<String> cells = new ArrayList<>();
      for (String col : q.options()) cells.add(first(values.apply(cellField(q, r, col))).replaceAll("[\\t\\r\\n]+", " ").strip());
      if (cells.stream().anyMatch(c -> !c.isEmpty())) rows.add(String.join("\t", cells));
    }
    return String.join("\n", rows);
  }

  /** Table answer as rows of cells, padded to the question's columns. */
  public static List<List<String>> tableRows(Question q, String answer) {
    List<List<String>> rows = new ArrayList<>();
    if (answer != null && !answer.isEmpty()) {
      for (String line : answer.split("\n")) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        while (cells.size() < q.options().size()) cells.add("");
        rows.add(cells);
      }
    }
    return rows;
  }

  public static List<String> selectedOptions(String answer) {
    return answer == null || answer.isEmpty() ? List.of() : List.of(answer.split("\n"));
  }

  /** Problems with the answers: question id → message key. Empty answers are allowed (drafts). */
  public static Map<String, String> validate(WorksheetDefinition def, Map<String, String> answers) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (Question q : def.questions()) {
      String a = answers.getOrDefault(q.id(), "");
      if (a.isEmpty()) continue;
      String problem = problemWith(q, a);
      if (problem != null) problems.put(q.id(), problem);
    }
    for (String id : answers.keySet()) {
      if (def.question(id).isEmpty()) problems.put(id, "error.worksheet.unknownQuestion");
    }
    return problems;
  }

  private static String problemWith(Question q, String a) {
    int limit = q.type() == QuestionType.SHORT_TEXT ? MAX_SHORT : MAX_LONG;
    if (a.length() > limit) return "error.worksheet.tooLong";
    return switch (q.type()) {
      case NUMBER -> parsesAsNumber(a) ? null : "error.worksheet.number";
      case MONEY -> normalizeMoney(a).matches("-?\\d{1,15}") ? null : "error.worksheet.money";
      case DATE -> parsesAsDate(a) ? null : "error.worksheet.date";
      case CHOICE -> q.options().contains(a) ? null : "error.worksheet.choice";
      case MULTI_CHOICE -> q.options().containsAll(selectedOptions(a)) ? null : "error.worksheet.choice";
      default -> null;
    };
  }

  /** Answers in their stored form: money and numbers as plain digits (after {@link #validate}). */
  public static Map<String, String> canonical(WorksheetDefinition def, Map<String, String> answers) {
    Map<String, String> out = new LinkedHashMap<>(answers);
    for (Question q : def.questions()) {
      String a = out.get(q.id());
      if (a == null || a.isEmpty()) continue;
      if (q.type() == QuestionType.MONEY) out.put(q.id(), normalizeMoney(a));
      if (q.type() == QuestionType.NUMBER) out.put(q.id(), Normalizer.normalize(a, Normalizer.Form.NFKC).replaceAll("[,%\\s]", ""));
    }
    return out;
  }

  /** Money as typed by a shop owner (¥1,234 / ￥１，２３４ / 1234円) to plain digits. */
  public static String normalizeMoney(String typed) {
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[¥,\\s円]", "");
  }

  private static boolean parsesAsNumber(String a) {
    try {
      new BigDecimal(Normalizer.normalize(a, Normalizer.Form.NFKC).replace(",", "").replace("%", "").strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean parsesAsDate(String a) {
    try {
      LocalDate.parse(a);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  private static String normalizeNewlines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
