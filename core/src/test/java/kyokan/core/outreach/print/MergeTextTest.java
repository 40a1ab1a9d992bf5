package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTextTest {

  @Test
  void fillsKnownFieldsAndLeavesUnknownOnesVisible() {
    Map<String, String> fields = Map.of("氏名", "山田 花子", "最終来店日", "2026年10月3日");
    assertEquals("山田 花子様、前回は2026年10月3日でした。{クーポン}",
        MergeText.fill("{氏名}様、前回は{最終来店日}でした。{クーポン}", fields));
  }

  @Test
  void fullWidthBracesWorkAsTyped() {
    assertEquals("山田 花子様", MergeText.fill("｛氏名｝様", Map.of("氏名", "山田 花子")));
  }

  @Test
  void valuesAreInsertedLiterally() {
    assertEquals("価格 $1\\2 {氏名}", MergeText.fill("価格 {価格} {氏名}", Map.of("価格", "$1\\2")));
  }

  @Test
  void bracesThatAreNotFieldsStay() {
    assertEquals("{} { 氏名 } {{氏名}}x", MergeText.fill("{} { 氏名 } {{氏名}}x", Map.of()));
    assertEquals("{山田}", MergeText.fill("{{氏名}}", Map.of("氏名", "山田")));
  }

  @Test
  void listsTheFieldsATemplateUsesInOrder() {
    assertEquals(List.of("氏名", "最終来店日", "クーポン"),
        List.copyOf(MergeText.fieldsIn("{氏名}様 {最終来店日} ｛クーポン｝ {氏名}")));
    assertEquals(List.of(), List.copyOf(MergeText.fieldsIn(null)));
  }
}
