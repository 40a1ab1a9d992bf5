package kyokan.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {
  // One unit per character: a width of 10 holds ten characters.
  private static final ToDoubleFunction<String> CHARS = s -> s.codePointCount(0, s.length());

  @Test
  void japaneseBreaksBetweenAnyTwoCharacters() {
    assertEquals(List.of("あいうえおかきくけこ", "さしす"), TextWrap.lines("あいうえおかきくけこさしす", 10, CHARS));
  }

  @Test
  void latinBreaksAtSpacesAndKeepsWordsWhole() {
    assertEquals(List.of("the quick", "brown fox"), TextWrap.lines("the quick brown fox", 10, CHARS));
  }

  @Test
  void aClosingMarkNeverStartsALine() {
    List<String> lines = TextWrap.lines("あいうえおかきくけこ。さしす", 10, CHARS);
    assertFalse(lines.get(1).startsWith("。"), lines.toString());
    assertEquals(List.of("あいうえおかきくけ", "こ。さしす"), lines, "the character before it moves down with it");
  }

  @Test
  void anOpeningBracketNeverEndsALine() {
    List<String> lines = TextWrap.lines("あいうえおかきくけ「こさ」", 10, CHARS);
    assertFalse(lines.get(0).endsWith("「"), lines.toString());
  }

  @Test
  void mixedTextAndHardBreaks() {
    assertEquals(List.of("売上 ¥1,200", "÷ ¥3,400", "次の行"), TextWrap.lines("売上 ¥1,200 ÷ ¥3,400\n次の行", 10, CHARS));
  }

  @Test
  void aWordLongerThanTheLineIsBrokenWhereItMust() {
    assertEquals(List.of("abcdefghij", "klm"), TextWrap.lines("abcdefghijklm", 10, CHARS));
  }
}
