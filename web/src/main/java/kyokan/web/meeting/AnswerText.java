package kyokan.web.meeting;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.worksheet.AnswerCodec;
import kyokan.core.worksheet.Question;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.view.meeting.AnswerRow;

/** A worksheet's answers as plain text, with the step's own labels for questions and choices. */
final class AnswerText {
  private AnswerText() {}

  static List<AnswerRow> rows(WorksheetDefinition def, Worksheet ws, Messages stepTexts, Messages host, String currency) {
    List<AnswerRow> rows = new ArrayList<>();
    for (Question q : def.questions()) {
      String answer = ws.answer(q.id());
      rows.add(new AnswerRow(stepTexts.get(q.labelKey()), answer.isEmpty() ? host.get("meeting.unanswered")
          : text(q, answer, stepTexts, currency)));
    }
    return rows;
  }

  private static String text(Question q, String answer, Messages stepTexts, String currency) {
    return switch (q.type()) {
      case CHOICE, MULTI_CHOICE -> String.join("、",
          AnswerCodec.selectedOptions(answer).stream().map(o -> stepTexts.get(q.optionKey(o))).toList());
      case MONEY -> money(answer, currency);
      case TABLE -> String.join(" / ", AnswerCodec.tableRows(q, answer).stream()
          .filter(r -> r.stream().anyMatch(c -> !c.isBlank())).map(r -> String.join("・", r)).toList());
      default -> answer;
    };
  }

  private static String money(String answer, String currency) {
    try {
      return MoneyFormat.format(Long.parseLong(answer), currency);
    } catch (NumberFormatException e) {
      return answer;
    }
  }
}
