package kyokan.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kyokan.core.chart.Chart;

/**
 * One piece of a printed report, as content only: the PDF writer decides fonts, spacing and page breaks.
 * Texts are already in the reader's language. Step plugins build their report section from these.
 */
public sealed interface ReportBlock {

  /** @param level 1 for a section's title, 2 for a part of a section */
  record Heading(int level, String text) implements ReportBlock {}

  /** Body text, or a smaller grey note (definitions, thresholds used, as-of dates). */
  record Paragraph(String text, boolean note) implements ReportBlock {}

  /** Label and value pairs, two columns without a header. */
  record KeyValues(List<KeyValue> entries) implements ReportBlock {
    public KeyValues {
      entries = List.copyOf(entries);
    }
  }

  record KeyValue(String key, String value) {}

  enum Align { LEFT, RIGHT }

  /**
   * A table with a header row, repeated on every page it runs onto.
   *
   * @param aligns one per column
   * @param compact a smaller font, for wide tables such as the movement table
   */
  record Table(List<String> header, List<List<String>> rows, List<Align> aligns, boolean compact) implements ReportBlock {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      aligns = List.copyOf(aligns);
      for (List<String> row : rows) {
        if (row.size() != header.size()) throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size() + " columns");
      }
      if (aligns.size() != header.size()) throw new IllegalArgumentException("one alignment per column");
    }
  }

  /** A chart drawn as vectors from the same model the pages show. */
  record ChartBlock(Chart chart) implements ReportBlock {}

  record PageBreak() implements ReportBlock {}

  /** The report's first page: a large title, a subtitle and the particulars. */
  record Cover(String title, String subtitle, List<KeyValue> entries) implements ReportBlock {
    public Cover {
      entries = List.copyOf(entries);
    }
  }

  static ReportBlock heading(String text) {
    return new Heading(1, text);
  }

  static ReportBlock subheading(String text) {
    return new Heading(2, text);
  }

  static ReportBlock paragraph(String text) {
    return new Paragraph(text, false);
  }

  static ReportBlock note(String text) {
    return new Paragraph(text, true);
  }

  static ReportBlock chart(Chart chart) {
    return new ChartBlock(chart);
  }

  static ReportBlock pageBreak() {
    return new PageBreak();
  }

  /** A table whose columns of figures ("¥1,234", "42.5%", "12", "–") are right-aligned, the others left. */
  static Table table(List<String> header, List<List<String>> rows) {
    return table(header, rows, false);
  }

  static Table table(List<String> header, List<List<String>> rows, boolean compact) {
    List<Align> aligns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      final int column = c;
      boolean figures = rows.stream().map(r -> r.get(column)).anyMatch(s -> !s.isBlank())
          && rows.stream().map(r -> r.get(column)).allMatch(s -> s.isBlank() || Figures.FIGURE.matcher(s.strip()).matches());
      aligns.add(figures ? Align.RIGHT : Align.LEFT);
    }
    return new Table(header, rows, aligns, compact);
  }

  /** What a figure looks like in a table cell. */
  final class Figures {
    static final Pattern FIGURE = Pattern.compile("[-+−±]?[¥$£€]?[\\d,.]+\\s?(%|pt|人|件|回|日|円|万円|億円)?|–|-");

    private Figures() {}
  }
}
