package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerticalTextTest {

  @Test
  void asciiBecomesFullWidthSoItStandsUpright() {
    assertEquals("神宮前１丁目２－３ ビル４Ｆ", VerticalText.verticalForms("神宮前1丁目2-3 ビル4F"));
    assertEquals("２－３", VerticalText.verticalForms("2−3"));
  }

  @Test
  void columnsBreakAtTheirLengthAndKeepMarksOffAColumnsTop() {
    assertEquals(List.of("あいう", "えお"), VerticalText.columns("あいうえお", 3));
    assertEquals(List.of("あいう。", "えお"), VerticalText.columns("あいう。えお", 3));
    assertEquals(List.of("ab", "cd"), VerticalText.columns("ab cd", 2));
  }

  @Test
  void halfWidthSpacesTakeHalfACell() {
    assertEquals(4.5, VerticalText.cells("山田 花子"));
  }
}
