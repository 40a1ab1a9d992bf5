package kyokan.core.report;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A report ready to print: its blocks in order and what goes into the PDF's properties and every page's footer.
 *
 * @param language the text's language for PDF readers and screen readers, e.g. {@code ja}
 * @param footerLeft e.g. the client's name
 * @param footerCenter e.g. the report's month
 * @param created written as the PDF's creation date; with the same blocks the same bytes come out
 */
public record ReportDocument(String title, String author, String language, String footerLeft, String footerCenter, ZonedDateTime created,
    List<ReportBlock> blocks) {

  public ReportDocument {
    blocks = List.copyOf(blocks);
  }
}
