package kyokan.core.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Movement;
import kyokan.core.analytics.NamedMove;
import kyokan.core.worksheet.Worksheet;

/**
 * What a meeting opens on, prepared from the client's data: the last complete month's key figures beside
 * the month before, the CPM movement between them, the current step's worksheet, and the action items
 * carried over from earlier meetings.
 *
 * @param programMonth which month of the engagement the meeting is in (1–7)
 * @param stepId the step planned for that month; empty when no loaded step has that number
 * @param figures the analysed month; empty when the client has no complete month of sales yet
 * @param previous the month before it; empty when there is none
 * @param thresholds the CPM thresholds in force at the analysed month's end
 * @param movement the moves into the analysed month; empty without a month before it
 * @param worksheet the current step's worksheet; empty with no step
 */
public record Agenda(Meeting meeting, int programMonth, Optional<String> stepId, Optional<KeyFigures> figures,
    Optional<KeyFigures> previous, CpmThresholds thresholds, Optional<Movement> movement, Optional<Worksheet> worksheet,
    List<ActionItem> carriedOver) {
  /** The movement sentence names at most this many moves; the table shows them all. */
  public static final int SENTENCE_MOVES = 4;

  public Agenda {
    carriedOver = List.copyOf(carriedOver);
  }

  /** The moves the sentence reads out: the largest ones, kept in promotion, lapse, return order. */
  public List<NamedMove> headlineMoves() {
    if (movement.isEmpty()) return List.of();
    List<NamedMove> all = movement.get().namedMoves();
    List<NamedMove> largest = new ArrayList<>(all);
    largest.sort(Comparator.comparingInt(NamedMove::count).reversed());
    List<NamedMove> kept = largest.subList(0, Math.min(SENTENCE_MOVES, largest.size()));
    return all.stream().filter(kept::contains).toList();
  }

  /** Open items among those carried over. */
  public long openCarriedOver() {
    return carriedOver.stream().filter(a -> !a.isDone()).count();
  }
}
