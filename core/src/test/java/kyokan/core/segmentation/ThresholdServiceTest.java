package kyokan.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kyokan.core.NotFoundException;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved thresholds on a real database: which are in force when, validation, clients kept apart. */
class ThresholdServiceTest {
  private static final CpmThresholds T1 = CpmThresholds.byAmount(150, 60, 130, 16_000);
  private static final CpmThresholds T2 = CpmThresholds.byAmount(180, 60, 150, 20_000);
  private static final CpmThresholds T3 = CpmThresholds.byOrderCount(120, 30, 90, 5);
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private Client client;
  private ThresholdService thresholds;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    thresholds = new ThresholdService(data.db(), data.clock());
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void withNothingSavedTheDefaultsApply() {
    assertEquals(CpmThresholds.DEFAULTS, thresholds.inForce(client.getId(), LocalDate.of(2025, 3, 31)));
    assertTrue(thresholds.history(client.getId()).entries().isEmpty());
    assertEquals(0, thresholds.history(client.getId()).version());
  }

  @Test
  void aSaveThroughAnotherProcessIsInForceHereAtOnce() {
    LocalDate day = LocalDate.of(2025, 3, 31);
    assertEquals(CpmThresholds.DEFAULTS, thresholds.inForce(client.getId(), day), "read, and kept, before the save");
    ThresholdService otherProcess = new ThresholdService(data.db(), data.clock());

    otherProcess.save(client.getId(), LocalDate.of(2025, 1, 1), T1, consultant.getId());

    assertEquals(T1, thresholds.inForce(client.getId(), day));
    assertEquals(otherProcess.version(client.getId()), thresholds.version(client.getId()));
  }

  @Test
  void savedThresholdsApplyFromTheirDateOn() {
    ThresholdEntry entry = thresholds.save(client.getId(), LocalDate.of(2024, 4, 15), T3, consultant.getId());

    assertEquals(T3, entry.thresholds());
    assertEquals(consultant.getId(), entry.savedBy());
    assertEquals("山田 花子", entry.savedByName());
    assertEquals(TestDatabase.START, entry.savedAt());
    assertEquals(CpmThresholds.DEFAULTS, thresholds.inForce(client.getId(), LocalDate.of(2024, 4, 14)));
    assertEquals(T3, thresholds.inForce(client.getId(), LocalDate.of(2024, 4, 15)));
    assertEquals(CpmThresholds.DEFAULTS, thresholds.byMonth(client.getId()).apply(YearMonth.of(2024, 3)));
    assertEquals(T3, thresholds.byMonth(client.getId()).apply(YearMonth.of(2024, 4)));
  }

  @Test
  void aLaterSaveOverridesEarlierOnesFromItsOwnDateOn() {
    long id = client.getId();
    thresholds.save(id, LocalDate.of(2024, 1, 1), T1, consultant.getId());
    thresholds.save(id, LocalDate.of(2025, 1, 1), T2, consultant.getId());
    assertEquals(T1, thresholds.inForce(id, LocalDate.of(2024, 12, 31)));
    assertEquals(T2, thresholds.inForce(id, LocalDate.of(2025, 2, 1)));

    thresholds.save(id, LocalDate.of(2024, 6, 1), T3, consultant.getId());
    ThresholdHistory history = thresholds.history(id);

    assertEquals(T1, history.inForce(LocalDate.of(2024, 5, 31)));
    assertEquals(T3, history.inForce(LocalDate.of(2024, 6, 1)));
    assertEquals(T3, history.inForce(LocalDate.of(2025, 2, 1)));
    assertEquals(List.of(T1, T2, T3), history.entries().stream().map(ThresholdEntry::thresholds).toList());
    List<ThresholdHistory.Period> periods = history.periods();
    assertEquals(2, periods.size());
    assertEquals(new ThresholdHistory.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31), history.entries().get(0)),
        periods.get(0));
    assertEquals(LocalDate.of(2024, 6, 1), periods.get(1).from());
    assertEquals(null, periods.get(1).to());
    assertEquals(T3, periods.get(1).thresholds());
    assertEquals(history.entries().get(2).id(), history.version());
  }

  @Test
  void outOfRangeValuesAreRefusedWithJapaneseMessagesAndNothingIsSaved() {
    InvalidThresholdsException e = assertThrows(InvalidThresholdsException.class, () -> thresholds.save(client.getId(),
        null, CpmThresholds.byAmount(4000, 0, 10, 0), consultant.getId()));

    assertEquals(Map.of("lapseDays", "error.segmentation.lapseDays", "tenureShortDays", "error.segmentation.tenureShortDays",
        "amountLimit", "error.segmentation.amountLimit", "effectiveFrom", "error.segmentation.effectiveFrom"), e.problems());
    assertTrue(e.getMessage().startsWith("CPMの基準値を保存できません: 離脱の基準は1〜3650日で入力してください。"), e.getMessage());
    assertTrue(e.message(Locale.ENGLISH).contains("The lapse cut-off must be 1 to 3650 days."), e.message(Locale.ENGLISH));
    assertThrows(InvalidThresholdsException.class, () -> thresholds.save(client.getId(), LocalDate.of(2025, 1, 1),
        CpmThresholds.byOrderCount(240, 90, 210, 1), consultant.getId()));
    assertThrows(InvalidThresholdsException.class,
        () -> thresholds.save(client.getId(), LocalDate.of(2025, 1, 1), null, consultant.getId()));
    assertTrue(thresholds.history(client.getId()).entries().isEmpty());
  }

  @Test
  void formValuesAreCheckedBeforeTheyBecomeThresholds() {
    InvalidThresholdsException e = assertThrows(InvalidThresholdsException.class,
        () -> new ThresholdInput(240, 210, 90, CpmAxis.AMOUNT, null, null).toThresholds());

    assertEquals(Map.of("tenureLongDays", "error.segmentation.tenureLongDays", "amountLimit", "error.required"), e.problems());
    assertTrue(e.getMessage().contains("短い方の基準以上"), e.getMessage());
    assertEquals(CpmThresholds.byOrderCount(240, 90, 210, 4),
        new ThresholdInput(240, 90, 210, CpmAxis.ORDER_COUNT, null, 4).toThresholds());
  }

  @Test
  void anUnknownClientIsNotFound() {
    assertThrows(NotFoundException.class, () -> thresholds.save(999_999, LocalDate.of(2025, 1, 1), T1, consultant.getId()));
  }

  @Test
  void eachClientKeepsItsOwnThresholds() {
    Client other = data.client(data.consultant("suzuki@example.jp"), "もみじ茶房");
    thresholds.save(client.getId(), LocalDate.of(2024, 1, 1), T1, consultant.getId());

    assertEquals(T1, thresholds.inForce(client.getId(), LocalDate.of(2025, 1, 1)));
    assertEquals(CpmThresholds.DEFAULTS, thresholds.inForce(other.getId(), LocalDate.of(2025, 1, 1)));
    assertTrue(thresholds.history(other.getId()).entries().isEmpty());
  }

  @Test
  void theMessageBundlesHaveTheSameKeys() throws IOException {
    assertEquals(keys("messages.properties"), keys("messages_en.properties"));
  }

  private static java.util.Set<Object> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ThresholdServiceTest.class.getResourceAsStream("/kyokan/core/segmentation/" + name)) {
      p.load(in);
    }
    return p.keySet();
  }
}
