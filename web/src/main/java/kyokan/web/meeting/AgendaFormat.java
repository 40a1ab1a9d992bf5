package kyokan.web.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Movement;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.NamedMove;
import kyokan.core.analytics.Ratio;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.meeting.Agenda;
import kyokan.core.meeting.KeyFigures;
import kyokan.view.Format;
import kyokan.view.meeting.FigureRow;
import kyokan.view.meeting.MoveTable;

/** The agenda's figures, movement sentence and movement table as text in the reader's language. */
final class AgendaFormat {
  private final Messages m;
  private final String currency;

  AgendaFormat(Messages m, String currency) {
    this.m = m;
    this.currency = currency;
  }

  List<FigureRow> figures(Agenda agenda) {
    if (agenda.figures().isEmpty()) return List.of();
    KeyFigures now = agenda.figures().get();
    KeyFigures before = agenda.previous().orElse(null);
    List<FigureRow> rows = new ArrayList<>();
    rows.add(share("capture", now, before, KeyFigures::captureRate));
    rows.add(share("q1", now, before, KeyFigures::repeatShare));
    rows.add(share("q2", now, before, KeyFigures::newShare));
    rows.add(count("q3", now, before, KeyFigures::lapsing60to89));
    rows.add(share("q4", now, before, KeyFigures::activeShare));
    rows.add(share("q5", now, before, KeyFigures::f2Within90));
    rows.add(count("loyal", now, before, KeyFigures::loyalCount));
    rows.add(count("active", now, before, KeyFigures::activeCustomers));
    return rows;
  }

  String basis(Agenda agenda) {
    return agenda.figures().map(f -> m.format("meeting.basis", month(f.month()), f.asOf().toString(),
        agenda.previous().map(p -> month(p.month())).orElse(m.get("meeting.noPrevious")), thresholds(agenda.thresholds())))
        .orElse("");
  }

  String thresholds(CpmThresholds t) {
    String big = t.axis() == CpmAxis.AMOUNT ? MoneyFormat.format(t.amountLimit(), currency)
        : m.format("meeting.thresholds.count", String.valueOf(t.countLimit()));
    return m.format("meeting.thresholds", String.valueOf(t.lapseDays()), String.valueOf(t.tenureShortDays()),
        String.valueOf(t.tenureLongDays()), big);
  }

  /** e.g. 「2026年3月は、よちよち客12人がコツコツ客に、優良客5人が離脱しました。」 */
  String sentence(Agenda agenda) {
    if (agenda.movement().isEmpty()) return "";
    String month = month(agenda.movement().get().month());
    List<NamedMove> moves = agenda.headlineMoves();
    if (moves.isEmpty()) return m.format("meeting.sentence.none", month);
    List<String> clauses = new ArrayList<>();
    for (NamedMove move : moves) {
      clauses.add(m.format("meeting.sentence." + move.kind(), cell(move.from()), String.valueOf(move.count()), cell(move.to())));
    }
    String joined = clauses.size() == 1 ? clauses.get(0)
        : String.join(m.get("meeting.sentence.comma"), clauses.subList(0, clauses.size() - 1))
            + m.get("meeting.sentence.and") + clauses.get(clauses.size() - 1);
    MoveKind last = moves.get(moves.size() - 1).kind();
    return m.format("meeting.sentence", month, joined, m.get("meeting.sentence.end." + last));
  }

  MoveTable moves(Agenda agenda) {
    if (agenda.movement().isEmpty()) return null;
    Movement mv = agenda.movement().get();
    CpmCell[] cells = CpmCell.values();
    List<String> columns = new ArrayList<>();
    for (CpmCell c : cells) columns.add(cell(c));
    List<MoveTable.Row> rows = new ArrayList<>();
    List<CpmCell> froms = new ArrayList<>(List.of(cells));
    froms.add(null);
    for (CpmCell from : froms) {
      List<String> texts = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      for (CpmCell to : cells) {
        int n = mv.count(from, to);
        texts.add(n == 0 ? "·" : String.valueOf(n));
        MoveKind kind = MoveKind.of(from, to);
        kinds.add(from == to ? "stay" : kind == null ? (n == 0 ? "zero" : "") : "move-" + kind.name().toLowerCase(Locale.ROOT)
            + (n == 0 ? " zero" : ""));
      }
      rows.add(new MoveTable.Row(from == null ? m.get("meeting.moves.new") : cell(from), texts, kinds,
          String.valueOf(mv.rowTotal(from))));
    }
    List<String> totals = new ArrayList<>();
    for (CpmCell to : cells) totals.add(String.valueOf(mv.columnTotal(to)));
    return new MoveTable(columns, rows, totals);
  }

  String cell(CpmCell cell) {
    return m.get("meeting.cell." + cell.name());
  }

  private String month(java.time.YearMonth month) {
    return Format.month(month, m.locale());
  }

  private FigureRow share(String id, KeyFigures now, KeyFigures before, Function<KeyFigures, Ratio> figure) {
    OptionalDouble a = figure.apply(now).value();
    OptionalDouble b = before == null ? OptionalDouble.empty() : figure.apply(before).value();
    String change = a.isPresent() && b.isPresent() ? points((a.getAsDouble() - b.getAsDouble()) * 100) : "–";
    return row(id, percent(a), before == null ? "–" : percent(b), change);
  }

  private FigureRow count(String id, KeyFigures now, KeyFigures before, Function<KeyFigures, Integer> figure) {
    int a = figure.apply(now);
    String previous = before == null ? "–" : m.format("meeting.people", figure.apply(before));
    String change = before == null ? "–" : signed(a - figure.apply(before), "");
    return row(id, m.format("meeting.people", a), previous, change);
  }

  private FigureRow row(String id, String current, String previous, String change) {
    return new FigureRow(id, m.get("meeting.figure." + id), m.get("meeting.figure." + id + ".def"), current, previous, change);
  }

  private static String percent(OptionalDouble share) {
    return MoneyFormat.percent(share.isPresent() ? share.getAsDouble() : null);
  }

  private static String points(double pts) {
    double rounded = Math.round(pts * 10) / 10.0;
    String text = String.format(Locale.ROOT, "%.1f", Math.abs(rounded));
    return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + text + " pt";
  }

  private static String signed(long n, String unit) {
    return (n > 0 ? "+" : n < 0 ? "−" : "±") + Math.abs(n) + unit;
  }
}
