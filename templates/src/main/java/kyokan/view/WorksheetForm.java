package kyokan.view;

import java.util.List;
import java.util.Map;
import kyokan.core.i18n.Messages;
import kyokan.core.worksheet.AnswerCodec;
import kyokan.core.worksheet.Question;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetComment;
import kyokan.core.worksheet.WorksheetDefinition;

/**
 * A worksheet as the step page shows it.
 *
 * @param values what the fields show: the stored answers, or the reader's own input after a refused save
 * @param unsaved after a conflict, the reader's input that was not saved, by question id
 * @param errors question id → message key
 */
public record WorksheetForm(Messages stepTexts, WorksheetDefinition definition, Worksheet worksheet,
    Map<String, String> values, Map<String, String> unsaved, Map<String, String> errors,
    boolean editable, boolean consultant, boolean conflict) {

  public String label(Question q) { return stepTexts.get(q.labelKey()); }

  public String help(Question q) { return stepTexts.get(q.helpKey()); }

  public String option(Question q, String option) { return stepTexts.get(q.optionKey(option)); }

  public String value(Question q) { return values.getOrDefault(q.id(), ""); }

  public boolean selected(Question q, String option) { return AnswerCodec.selectedOptions(value(q)).contains(option); }

  public String field(Question q) { return AnswerCodec.field(q); }

  public String cellField(Question q, int row, String column) { return AnswerCodec.cellField(q, row, column); }

  public String cell(Question q, int row, int column) {
    List<List<String>> rows = AnswerCodec.tableRows(q, value(q));
    return row < rows.size() && column < rows.get(row).size() ? rows.get(row).get(column) : "";
  }

  public List<WorksheetComment> comments(Question q) { return worksheet.commentsOn(q.id()); }
}
