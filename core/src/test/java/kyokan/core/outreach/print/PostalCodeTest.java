package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalCodeTest {

  @Test
  void readsTheWaysPeopleWriteIt() {
    for (String raw : new String[] {"1500001", "150-0001", "〒150-0001", "〒150−0001", "１５０－０００１", " 150 0001 "}) {
      assertEquals(Optional.of("1500001"), PostalCode.sevenDigits(raw), raw);
      assertEquals("150-0001", PostalCode.display(raw), raw);
    }
  }

  @Test
  void anythingElseIsShownAsTyped() {
    assertEquals(Optional.empty(), PostalCode.sevenDigits("150-001"));
    assertEquals(Optional.empty(), PostalCode.sevenDigits("SW1A 1AA"));
    assertEquals(Optional.empty(), PostalCode.sevenDigits(null));
    assertEquals("SW1A 1AA", PostalCode.display(" SW1A 1AA"));
    assertEquals("", PostalCode.display(null));
  }
}
