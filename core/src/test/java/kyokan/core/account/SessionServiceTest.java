package kyokan.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import kyokan.core.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionServiceTest {
  @TempDir Path dir;
  private TestDatabase data;
  private SessionService sessions;
  private User user;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    sessions = data.sessions();
    user = data.consultant("yamada@example.jp");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void startedSessionIsFoundWithItsUserAndCsrfToken() {
    UserSession started = sessions.start(user);

    UserSession found = sessions.find(started.token()).orElseThrow();

    assertEquals(user.getId(), found.user().getId());
    assertEquals(started.csrfToken(), found.csrfToken());
    assertEquals(43, found.csrfToken().length());
  }

  @Test
  void endedSessionIsNotFound() {
    UserSession started = sessions.start(user);

    sessions.end(started.token());

    assertTrue(sessions.find(started.token()).isEmpty());
  }

  @Test
  void sessionIdleLongerThanTwelveHoursIsNotFound() {
    UserSession started = sessions.start(user);

    data.clock().advance(Duration.ofHours(12).plusMinutes(1));

    assertTrue(sessions.find(started.token()).isEmpty());
  }

  @Test
  void sessionInUseStaysAlivePastTwelveHours() {
    UserSession started = sessions.start(user);
    data.clock().advance(Duration.ofHours(11));
    assertTrue(sessions.find(started.token()).isPresent());

    data.clock().advance(Duration.ofHours(11));

    assertTrue(sessions.find(started.token()).isPresent());
  }

  @Test
  void unknownOrBlankTokenFindsNothing() {
    sessions.start(user);

    assertTrue(sessions.find(SessionService.randomToken()).isEmpty());
    assertTrue(sessions.find("").isEmpty());
    assertTrue(sessions.find(null).isEmpty());
  }

  @Test
  void tokensAreRandomAndDiffer() {
    UserSession one = sessions.start(user);
    UserSession two = sessions.start(user);

    assertNotEquals(one.token(), two.token());
    assertNotEquals(one.csrfToken(), two.csrfToken());
    assertNotEquals(one.token(), one.csrfToken());
    assertEquals(43, one.token().length());
    assertEquals(user.getId(), sessions.find(two.token()).orElseThrow().user().getId());
  }
}
