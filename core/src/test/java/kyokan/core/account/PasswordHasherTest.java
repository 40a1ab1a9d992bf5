package kyokan.core.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(4);

  @Test
  void matchesItsOwnHash() {
    assertTrue(hasher.matches("sakura-coffee-2026", hasher.hash("sakura-coffee-2026")));
  }

  @Test
  void rejectsAnotherPassword() {
    assertFalse(hasher.matches("sakura-coffee-2025", hasher.hash("sakura-coffee-2026")));
  }

  @Test
  void samePasswordHashesDifferentlyEachTime() {
    assertNotEquals(hasher.hash("sakura-coffee-2026"), hasher.hash("sakura-coffee-2026"));
  }

  @Test
  void longJapanesePassphraseIsNotCutAt72Bytes() {
    String common = "わたしたちのお店は毎朝六時にパンを焼きはじめて常連さんの顔を思い浮かべます";
    String one = common + "ね";
    String other = common + "よ";
    assertArrayEquals(Arrays.copyOf(bytes(one), 72), Arrays.copyOf(bytes(other), 72));

    String hash = hasher.hash(one);

    assertTrue(hasher.matches(one, hash));
    assertFalse(hasher.matches(other, hash));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
