package kyokan.core.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepExtension;
import kyokan.core.worksheet.AnswerCodec;
import kyokan.core.worksheet.Question;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetComment;

/** The current step's worksheet as the client left it: every question with its answer, then the consultant's comments. */
final class WorksheetSection {
  private final ReportTexts t;
  private final ZoneId zone;

  WorksheetSection(ReportTexts texts, ZoneId zone) {
    this.t = texts;
    this.zone = zone;
  }

  List<ReportBlock> blocks(StepExtension step, Worksheet sheet, String currency) {
    Messages m = step.messages(t.locale());
    List<ReportBlock> blocks = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Question> tables = new ArrayList<>();
    for (Question q : step.worksheet().questions()) {
      String answer = sheet.answer(q.id());
      if (q.type() == kyokan.core.worksheet.QuestionType.TABLE && !answer.isBlank()) {
        tables.add(q);
        continue;
      }
      rows.add(List.of(m.get(q.labelKey()), answer.isBlank() ? t.t("worksheet.unanswered") : shown(q, answer, m, currency)));
    }
    blocks.add(new ReportBlock.Table(List.of(t.t("worksheet.question"), t.t("worksheet.answer")), rows,
        List.of(ReportBlock.Align.LEFT, ReportBlock.Align.LEFT), false));
    for (Question q : tables) {
      blocks.add(ReportBlock.subheading(m.get(q.labelKey())));
      List<String> header = q.options().stream().map(c -> m.get(q.optionKey(c))).toList();
      List<List<String>> cells = AnswerCodec.tableRows(q, sheet.answer(q.id())).stream()
          .filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
      blocks.add(new ReportBlock.Table(header, cells, header.stream().map(h -> ReportBlock.Align.LEFT).toList(), false));
    }
    blocks.add(ReportBlock.subheading(t.t("worksheet.comments")));
    if (sheet.comments().isEmpty()) {
      blocks.add(ReportBlock.paragraph(t.t("worksheet.noComments")));
    } else {
      List<List<String>> comments = new ArrayList<>();
      for (WorksheetComment c : sheet.comments()) {
        String question = step.worksheet().question(c.getQuestionId()).map(q -> m.get(q.labelKey())).orElse(c.getQuestionId());
        comments.add(List.of(question, c.getBody(), c.getAuthorName() == null ? "" : c.getAuthorName(),
            t.date(c.getCreatedAt().atZone(zone).toLocalDate())));
      }
      blocks.add(new ReportBlock.Table(List.of(t.t("worksheet.question"), t.t("worksheet.comments"),
          t.t("worksheet.comment.author"), t.t("worksheet.comment.date")), comments,
          List.of(ReportBlock.Align.LEFT, ReportBlock.Align.LEFT, ReportBlock.Align.LEFT, ReportBlock.Align.LEFT), false));
    }
    return blocks;
  }

  private static String shown(Question q, String answer, Messages m, String currency) {
    return switch (q.type()) {
      case CHOICE -> m.has(q.optionKey(answer)) ? m.get(q.optionKey(answer)) : answer;
      case MULTI_CHOICE -> String.join("、", AnswerCodec.selectedOptions(answer).stream()
          .map(o -> m.has(q.optionKey(o)) ? m.get(q.optionKey(o)) : o).toList());
      case MONEY -> money(answer, currency);
      default -> answer;
    };
  }

  private static String money(String answer, String currency) {
    try {
      return MoneyFormat.format(Long.parseLong(answer.strip()), currency);
    } catch (NumberFormatException e) {
      return answer;
    }
  }
}
