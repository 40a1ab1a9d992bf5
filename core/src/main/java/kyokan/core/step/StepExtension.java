package kyokan.core.step;

import gg.jte.Content;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.ExtensionPoint;

/**
 * A step of the 7-month program, contributed by a PF4J plugin (one {@code @Extension} per plugin).
 * The host builds the navigation, the step page, the worksheet form and the access rules from this;
 * it knows nothing else about any step. New optional capabilities arrive as default methods, so an
 * existing plugin keeps compiling.
 */
public interface StepExtension extends ExtensionPoint {

  /** Position in the program, 1–7; step n is planned for month n of an engagement. */
  int number();

  /** Stable id used in URLs and stored data, e.g. {@code analysis}. Never change it once released. */
  String id();

  /**
   * The step's own texts. Keys every step has: {@code step.title}, {@code step.purpose} and the
   * worksheet's keys ({@link WorksheetDefinition#messageKeys()}).
   */
  Messages messages(Locale locale);

  /** The questions the client answers this month. */
  WorksheetDefinition worksheet();

  /** The body shown above the worksheet on the step page: what this month is for and how to go about it. */
  Content overview(StepView view);

  /** Extra pages and actions of the step, mounted under {@code /clients/{clientId}/steps/{id}/}. */
  default void routes(StepRoutes routes) {}

  /** Flyway location of the step's own tables (e.g. {@code classpath:kyokan/step/x/db/migration}), if any. */
  default Optional<String> migrations() {
    return Optional.empty();
  }

  /**
   * Example answers (question id → answer) that the demo client さくら珈琲店 has written, so a newcomer
   * sees a program in progress. Empty when the step has none.
   */
  default java.util.Map<String, String> demoAnswers() {
    return java.util.Map.of();
  }

  /**
   * The step's section of the monthly progress report (PDF): blocks in the reader's language, without the
   * section's title, which the host writes ("ステップ2 …"). The host calls it only when the step is unlocked
   * in the engagement, and puts the sections in step order. Empty (the default) leaves the step out.
   */
  default List<ReportBlock> reportSection(ReportContext context) {
    return List.of();
  }

  /**
   * What needs the consultant's attention in this step now (VIPs at risk, overdue contacts, campaign
   * results in, unanswered comments): shown on the consultant's cockpit and the shop's home page, each a
   * link. The host asks only while the step is unlocked in the client's current engagement, and again when
   * the client's sales data or thresholds change and once a day; a step whose own data changed asks for a
   * fresh look with {@code ClientSummaryService.refreshLater(clientId)}. Empty (the default) raises nothing.
   * An alert's text is the step's message {@link StepAlert#messageKey()}, formatted with its count.
   */
  default List<StepAlert> alerts(AlertContext context) {
    return List.of();
  }

  default String title(Locale locale) {
    return messages(locale).get("step.title");
  }

  default String purpose(Locale locale) {
    return messages(locale).get("step.purpose");
  }
}
