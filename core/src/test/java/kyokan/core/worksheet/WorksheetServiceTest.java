package kyokan.core.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorksheetServiceTest {
  private static final String STEP = "analysis";
  private static final WorksheetDefinition DEF = WorksheetDefinition.builder()
      .longText("why").money("goal").date("deadline").choice("channel", "shop", "online").build();
  private static final Map<String, String> FIRST = Map.of("why", "常連さんを増やしたい", "goal", "300000");

  @TempDir Path dir;
  private TestDatabase data;
  private WorksheetService worksheets;
  private User consultant;
  private User owner;
  private long engagementId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    worksheets = data.worksheets();
    consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    engagementId = data.engagement(client, YearMonth.of(2026, 4), consultant).getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void firstDraftSaveGivesVersionOneAndDraftStatus() {
    int version = save(0, FIRST, false);

    Worksheet ws = load();
    assertEquals(1, version);
    assertEquals(1, ws.version());
    assertEquals(WorksheetStatus.DRAFT, ws.status());
    assertEquals(FIRST, ws.answers());
  }

  @Test
  void staleSaveIsRefusedAndChangesNothing() {
    save(0, Map.of("why", "最初の下書き"), false);
    save(1, FIRST, false);

    assertThrows(WorksheetConflictException.class, () -> save(1, Map.of("why", "古い画面からの上書き"), true));

    Worksheet ws = load();
    assertEquals(2, ws.version());
    assertEquals(WorksheetStatus.DRAFT, ws.status());
    assertEquals(FIRST, ws.answers());
  }

  @Test
  void firstSaveFromAPageThatExpectedAnExistingWorksheetIsAConflict() {
    assertThrows(WorksheetConflictException.class, () -> save(3, FIRST, false));
    assertEquals(0, load().version());
  }

  @Test
  void submitSetsSubmitted() {
    save(0, FIRST, true);

    Worksheet ws = load();
    assertEquals(WorksheetStatus.SUBMITTED, ws.status());
    assertEquals(data.clock().instant(), ws.row().getSubmittedAt());
  }

  @Test
  void onlyASubmittedWorksheetCanBeMarkedReviewed() {
    save(0, FIRST, false);

    ValidationException e = assertThrows(ValidationException.class,
        () -> worksheets.markReviewed(engagementId, STEP, 1, consultant));

    assertEquals(Map.of("status", "error.worksheet.notSubmitted"), e.problems());
    assertEquals(WorksheetStatus.DRAFT, load().status());
    assertEquals(1, load().version());
  }

  @Test
  void markReviewedSetsReviewed() {
    save(0, FIRST, true);

    int version = worksheets.markReviewed(engagementId, STEP, 1, consultant);

    Worksheet ws = load();
    assertEquals(2, version);
    assertEquals(WorksheetStatus.REVIEWED, ws.status());
    assertEquals(consultant.getId(), ws.row().getReviewedBy());
  }

  @Test
  void commentsAreKeptPerQuestionWithTheAuthorsNameAndLeaveTheVersion() {
    save(0, FIRST, false);

    worksheets.comment(engagementId, STEP, DEF, "why", "具体的なお客様の顔を思い浮かべて", consultant);
    worksheets.comment(engagementId, STEP, DEF, "goal", "月ごとに分けてみましょう", consultant);

    Worksheet ws = load();
    assertEquals(1, ws.commentsOn("why").size());
    WorksheetComment comment = ws.commentsOn("why").get(0);
    assertEquals("具体的なお客様の顔を思い浮かべて", comment.getBody());
    assertEquals("山田 花子", comment.getAuthorName());
    assertEquals("月ごとに分けてみましょう", ws.commentsOn("goal").get(0).getBody());
    assertEquals(1, ws.version());
    assertEquals(FIRST, ws.answers());
  }

  @ParameterizedTest
  @CsvSource({"goal, abc, error.worksheet.money", "deadline, 2026/13/40, error.worksheet.date",
      "channel, fax, error.worksheet.choice"})
  void invalidAnswerIsRefusedNamingTheQuestion(String questionId, String answer, String messageKey) {
    save(0, FIRST, false);

    ValidationException e = assertThrows(ValidationException.class,
        () -> save(1, Map.of("why", "書き直し", questionId, answer), false));

    assertEquals(Map.of(questionId, messageKey), e.problems());
    assertEquals(1, load().version());
    assertEquals(FIRST, load().answers());
  }

  @ParameterizedTest
  @ValueSource(strings = {"¥12,000", "１２０００", "￥１２，０００", "12000円"})
  void moneyIsStoredAsPlainDigits(String typed) {
    save(0, Map.of("goal", typed), false);

    assertEquals("12000", load().answer("goal"));
  }

  @Test
  void statusesGivesEachStartedStepsStatus() {
    assertTrue(worksheets.statuses(engagementId).isEmpty());
    save(0, FIRST, false);
    worksheets.save(engagementId, "segmentation", DEF, 0, FIRST, true, owner);

    assertEquals(Map.of(STEP, WorksheetStatus.DRAFT, "segmentation", WorksheetStatus.SUBMITTED),
        worksheets.statuses(engagementId));
  }

  private int save(int expectedVersion, Map<String, String> answers, boolean submit) {
    return worksheets.save(engagementId, STEP, DEF, expectedVersion, answers, submit, owner);
  }

  private Worksheet load() {
    return worksheets.load(engagementId, STEP);
  }
}
