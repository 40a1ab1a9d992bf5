package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetStatus;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetFlowTest {
  @TempDir static Path temp;
  static TestHost host;
  static Fixture fixture;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  private String stepPath() {
    return "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP;
  }

  @Test
  void aSaveFromAStalePageIsRefusedAndOverwritesNothing() {
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    WebClient sameOwnerOtherTab = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    owner.get(stepPath());
    sameOwnerOtherTab.get(stepPath());
    int version = load().version();

    WebClient.Response first = owner.post(stepPath() + "/worksheet", Map.of("version", String.valueOf(version),
        "action", "draft", "q_systems", "Airレジ"));
    assertEquals(302, first.status());
    WebClient.Response second = sameOwnerOtherTab.post(stepPath() + "/worksheet", Map.of("version", String.valueOf(version),
        "action", "draft", "q_systems", "スマレジ"));
    assertEquals(409, second.status());
    assertTrue(second.body().contains("data-testid=\"worksheet-conflict\""));
    assertTrue(second.body().contains("スマレジ"), "the refused input is shown, not lost");
    assertEquals("Airレジ", load().answer("systems"), "the first save stands");
    assertEquals(version + 1, load().version());
  }

  @Test
  void badInputIsExplainedAndNothingIsWritten() {
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    owner.get(stepPath());
    Worksheet before = load();
    WebClient.Response r = owner.post(stepPath() + "/worksheet", Map.of("version", String.valueOf(before.version()),
        "action", "draft", "q_capture_rate_goal", "たくさん", "q_systems", "BASE"));
    assertEquals(400, r.status());
    assertTrue(r.body().contains("data-testid=\"error-capture_rate_goal\""));
    assertEquals(before.answers(), load().answers());
    assertEquals(before.version(), load().version());
  }

  @Test
  void theConsultantCommentsAndReviewsWhatTheClientSubmitted() {
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    owner.get(stepPath());
    assertEquals(302, owner.post(stepPath() + "/worksheet", Map.of("version", String.valueOf(load().version()),
        "action", "submit", "q_capture_rate_goal", "60")).status());
    assertEquals(WorksheetStatus.SUBMITTED, load().status());

    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    consultant.get(stepPath());
    assertEquals(302, consultant.post(stepPath() + "/worksheet/comments",
        Map.of("questionId", "capture_rate_goal", "comment_capture_rate_goal", "良い目標です。")).status());
    assertEquals(302, consultant.post(stepPath() + "/worksheet/review", Map.of("version", String.valueOf(load().version()))).status());
    assertEquals(WorksheetStatus.REVIEWED, load().status());
    assertTrue(owner.get(stepPath()).body().contains("良い目標です。"), "the client sees the comment");
  }

  private Worksheet load() {
    return host.services().worksheets().load(fixture.engagementX.getId(), Fixture.OPEN_STEP);
  }
}
