package kyokan.core.publicaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import kyokan.core.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicRequestLimitTest {
  @TempDir Path dir;
  TestDatabase t;

  @BeforeEach
  void open() { t = TestDatabase.open(dir); }

  @AfterEach
  void close() { t.close(); }

  @Test
  void anAddressIsRefusedPastTheLimitAndAnotherIsNot() {
    PublicRequestLimit limit = new PublicRequestLimit(t.db(), t.clock(), 3);
    for (int i = 0; i < 3; i++) assertTrue(limit.allow("203.0.113.7"));
    assertFalse(limit.allow("203.0.113.7"));
    assertTrue(limit.allow("198.51.100.2"));
  }

  @Test
  void theCountIsSharedThroughTheDatabaseAndEndsWithTheWindow() {
    PublicRequestLimit one = new PublicRequestLimit(t.db(), t.clock(), 2);
    PublicRequestLimit other = new PublicRequestLimit(t.db(), t.clock(), 2);
    assertTrue(one.allow("203.0.113.7"));
    assertTrue(other.allow("203.0.113.7"));
    assertFalse(one.allow("203.0.113.7"));
    t.clock().advance(PublicRequestLimit.WINDOW.plus(Duration.ofSeconds(1)));
    assertTrue(other.allow("203.0.113.7"));
  }
}
