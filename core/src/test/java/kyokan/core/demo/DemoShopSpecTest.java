package kyokan.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoShopSpecTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);

  @Test
  void sakuraCoffeeCoversThreeYearsUpToTheEndDate() {
    DemoShopSpec spec = DemoShopSpec.sakuraCoffee(END);

    assertEquals(LocalDate.of(2022, 6, 1), spec.startDate());
    assertEquals(2_000, spec.customers());
    assertEquals(30_000, spec.lines());
  }

  @Test
  void benchmarkSizeKeepsEverythingElse() {
    DemoShopSpec spec = DemoShopSpec.sakuraCoffee(END).withSize(100_000, 1_000_000);

    assertEquals(new DemoShopSpec(spec.seed(), END, 3, 100_000, 1_000_000, 0.15, 0.01), spec);
  }

  @Test
  void specRejectsImpossibleShares() {
    assertThrows(IllegalArgumentException.class, () -> new DemoShopSpec(1, END, 3, 10, 100, 1.0, 0.01));
    assertThrows(IllegalArgumentException.class, () -> new DemoShopSpec(1, END, 3, 10, 100, 0.1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> new DemoShopSpec(1, END, 0, 10, 100, 0.1, 0.01));
    assertThrows(IllegalArgumentException.class, () -> new DemoShopSpec(1, END, 3, 0, 100, 0.1, 0.01));
  }
}
