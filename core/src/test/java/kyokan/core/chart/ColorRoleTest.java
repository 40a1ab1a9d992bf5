package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColorRoleTest {

  @Test
  void theNamedRolesStayApartInAGreyscalePrint() {
    List<ColorRole> named = List.of(ColorRole.PRIMARY, ColorRole.SECONDARY, ColorRole.ACCENT, ColorRole.MUTED);
    for (ColorRole a : named) {
      for (ColorRole b : named) {
        if (a == b) continue;
        double apart = Math.abs(ColorRole.lightness(a.rgb()) - ColorRole.lightness(b.rgb()));
        assertTrue(apart >= 10, a + " and " + b + " differ by " + apart);
      }
    }
  }

  @Test
  void neighbouringCategoriesAlternateDarkAndLight() {
    for (int i = 0; i < 10; i++) {
      double apart = Math.abs(ColorRole.lightness(ColorRole.category(i).rgb())
          - ColorRole.lightness(ColorRole.category(i + 1).rgb()));
      assertTrue(apart >= 20, "categories " + i + " and " + (i + 1) + " differ by " + apart);
    }
  }

  @Test
  void theCategoricalPaletteRepeatsAfterTen() {
    assertEquals(ColorRole.CATEGORY_1, ColorRole.category(0));
    assertEquals(ColorRole.CATEGORY_10, ColorRole.category(9));
    assertEquals(ColorRole.CATEGORY_1, ColorRole.category(10));
  }

  @Test
  void shadesRunFromAPaleTintToTheColourItself() {
    assertEquals(ColorRole.PRIMARY.rgb(), ColorRole.PRIMARY.shade(1));
    assertEquals(ColorRole.PRIMARY.rgb(), ColorRole.PRIMARY.shade(7));
    assertTrue(ColorRole.lightness(ColorRole.PRIMARY.shade(0)) > 90);
    assertEquals(ColorRole.PRIMARY.shade(0), ColorRole.PRIMARY.shade(Double.NaN));
  }

  @Test
  void lightnessMatchesCieLab() {
    assertEquals(0, ColorRole.lightness(0x000000), 1e-9);
    assertEquals(100, ColorRole.lightness(0xffffff), 1e-6);
    assertEquals(53.59, ColorRole.lightness(0x808080), 0.01);
  }
}
