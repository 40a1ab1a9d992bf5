package kyokan.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "090-1234-5678 | 09012345678", "０９０（１２３４）５６７８ | 09012345678", "+81 90 1234 5678 | 09012345678",
      "(03) 1111-2222 | 0311112222", "+44 20 7946 0958 | 442079460958"})
  void phoneKeyKeepsTheDigits(String phone, String key) {
    assertEquals(key, Text.phoneKey(phone));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"山田　太郎 | 山田太郎", " 山田 太郎 | 山田太郎", "ﾔﾏﾀﾞ ﾀﾛｳ | ヤマダタロウ", "Ｔａｒｏ | Taro"})
  void nameKeyIgnoresSpacesAndWidth(String name, String key) {
    assertEquals(key, Text.nameKey(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"なし", "   ", "\u3000"})
  void textWithoutDigitsHasNoPhoneKey(String text) {
    assertNull(Text.phoneKey(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u3000"})
  void blankTextHasNoNameKey(String text) {
    assertNull(Text.nameKey(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"100% | %100\\%%", "a_b | %a\\_b%", "x\\y | %x\\\\y%"})
  void likeWildcardsInAQueryAreEscaped(String query, String pattern) {
    assertEquals(pattern, Text.containsPattern(query));
  }
}
