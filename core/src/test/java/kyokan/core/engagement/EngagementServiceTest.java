package kyokan.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngagementServiceTest {
  private static final YearMonth APRIL = YearMonth.of(2026, 4);

  @TempDir Path dir;
  private TestDatabase data;
  private EngagementService engagements;
  private User consultant;
  private Client client;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    engagements = data.engagements();
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void firstCycleIsOne() {
    Engagement first = engagements.start(client.getId(), APRIL, consultant);

    Engagement stored = engagements.get(first.getId());
    assertEquals(1, stored.getCycle());
    assertEquals(APRIL, stored.getStart());
    assertEquals(consultant.getId(), stored.getCreatedBy());
  }

  @Test
  void secondCycleMustStartAfterFirstEnds() {
    engagements.start(client.getId(), APRIL, consultant);

    for (YearMonth tooEarly : new YearMonth[] {YearMonth.of(2026, 10), YearMonth.of(2026, 6), YearMonth.of(2026, 1)}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> engagements.start(client.getId(), tooEarly, consultant));
      assertEquals(Map.of("startMonth", "error.engagement.overlaps"), e.problems());
    }
    assertEquals(1, engagements.engagementsOf(client.getId()).size());
  }

  @Test
  void secondCycleStartingTheMonthAfterTheEndIsCycleTwo() {
    engagements.start(client.getId(), APRIL, consultant);

    Engagement second = engagements.start(client.getId(), YearMonth.of(2026, 11), consultant);

    assertEquals(2, second.getCycle());
    assertEquals(2, engagements.engagementsOf(client.getId()).size());
  }

  @Test
  void currentIsTheLatestCycle() {
    assertTrue(engagements.current(client.getId()).isEmpty());
    engagements.start(client.getId(), APRIL, consultant);
    Engagement second = engagements.start(client.getId(), YearMonth.of(2027, 1), consultant);

    assertEquals(second.getId(), engagements.current(client.getId()).orElseThrow().getId());
  }

  @Test
  void unlockingRecordsWhoAndWhen() {
    Engagement e = engagements.start(client.getId(), APRIL, consultant);
    data.clock().advance(Duration.ofDays(3));

    engagements.setUnlocked(e.getId(), "analysis", true, consultant);

    StepUnlock unlock = engagements.unlocks(e.getId()).get("analysis");
    assertTrue(unlock.isUnlocked());
    assertEquals(consultant.getId(), unlock.getChangedBy());
    assertEquals("山田 花子", unlock.getChangedByName());
    assertEquals(data.clock().instant(), unlock.getChangedAt());
  }

  @Test
  void lockingAgainWorksAndEveryChangeIsKept() {
    Engagement e = engagements.start(client.getId(), APRIL, consultant);
    engagements.setUnlocked(e.getId(), "analysis", true, consultant);
    data.clock().advance(Duration.ofHours(1));

    engagements.setUnlocked(e.getId(), "analysis", false, consultant);

    assertFalse(engagements.isUnlocked(e.getId(), "analysis"));
    assertEquals(data.clock().instant(), engagements.unlocks(e.getId()).get("analysis").getChangedAt());
    assertEquals(2, unlockEvents(e, "analysis"));
  }

  @Test
  void untouchedStepIsLocked() {
    Engagement e = engagements.start(client.getId(), APRIL, consultant);
    engagements.setUnlocked(e.getId(), "analysis", true, consultant);

    assertTrue(engagements.isUnlocked(e.getId(), "analysis"));
    assertFalse(engagements.isUnlocked(e.getId(), "community"));
    assertEquals(0, unlockEvents(e, "community"));
  }

  @Test
  void onlyConsultantsUnlockSteps() {
    Engagement e = engagements.start(client.getId(), APRIL, consultant);
    User owner = data.clientUser(client, "owner@sakura.example.jp");

    assertThrows(IllegalArgumentException.class, () -> engagements.setUnlocked(e.getId(), "analysis", true, owner));
    assertFalse(engagements.isUnlocked(e.getId(), "analysis"));
  }

  private int unlockEvents(Engagement e, String stepId) {
    return data.db().read(s -> s.getMapper(EngagementMapper.class).countUnlockEvents(e.getId(), stepId));
  }
}
