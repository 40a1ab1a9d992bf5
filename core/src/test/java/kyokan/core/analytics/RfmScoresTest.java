package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFM as of 31 March 2025 over the customers who bought in the window. */
class RfmScoresTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  void quintileScoresWithTiesSharingTheirScore() {
    Sales sales = Sales.of()
        .line(AS_OF.minusDays(10), "A", "1", "P", 500)
        .line(AS_OF.minusDays(20), "B", "2", "P", 1_000)
        .line(AS_OF.minusDays(30), "C", "3", "P", 2_000)
        .line(AS_OF.minusDays(100), "D", "4", "P", 1_000).line(AS_OF.minusDays(40), "D", "5", "P", 2_000)
        .line(AS_OF.minusDays(200), "E", "6", "P", 1_000).line(AS_OF.minusDays(150), "E", "7", "P", 1_000)
        .line(AS_OF.minusDays(50), "E", "8", "P", 2_000)
        .line(AS_OF.minusDays(400), "O", "9", "P", 9_000);
    Ledger ledger = sales.ledger();
    RfmScores rfm = MonthReport.of(ledger, YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).rfm();

    assertEquals(List.of("A", "B", "C", "D", "E"), rfm.scored().codes());
    assertEquals(List.of(5, 4, 3, 2, 1), scores(ledger, rfm, 'R'));
    // Frequency 1, 1, 1, 2, 3: the three ties share the lowest score.
    assertEquals(List.of(1, 1, 1, 4, 5), scores(ledger, rfm, 'F'));
    assertEquals(List.of(1, 2, 3, 4, 5), scores(ledger, rfm, 'M'));
    assertEquals(0, rfm.recencyScore(Sales.customer(ledger, "O")));
    assertEquals(1, rfm.count(5, 1, 1));
    assertEquals(1, rfm.count(1, 5));
    assertEquals(0, rfm.count(5, 5, 5));
  }

  private static List<Integer> scores(Ledger ledger, RfmScores rfm, char measure) {
    return List.of("A", "B", "C", "D", "E").stream().map(code -> {
      int c = Sales.customer(ledger, code);
      return measure == 'R' ? rfm.recencyScore(c) : measure == 'F' ? rfm.frequencyScore(c) : rfm.monetaryScore(c);
    }).toList();
  }
}
