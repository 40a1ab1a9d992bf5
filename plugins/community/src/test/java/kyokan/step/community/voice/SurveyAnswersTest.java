package kyokan.step.community.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {
  private static final List<SurveyQuestion> QUESTIONS = List.of(
      new SurveyQuestion(1, "好きな豆", SurveyQuestion.Kind.TEXT),
      new SurveyQuestion(2, "月に何回", SurveyQuestion.Kind.NUMBER),
      new SurveyQuestion(3, "居心地", SurveyQuestion.Kind.SCALE));

  private static Map<String, String> form(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void readsOnlyTheSurveysOwnFields() {
    Map<String, String> f = form("recommend", " 9 ", "q1", "エチオピア", "q2", "4", "q3", "5", "comment", "  ", "memberNo", "12",
        "q9", "not a question", "customerId", "1");
    SurveyAnswers a = SurveyAnswers.read(QUESTIONS, f::get);
    assertEquals(9, a.recommend());
    assertEquals(Map.of(1, "エチオピア", 2, "4", 3, "5"), a.answers());
    assertNull(a.comment(), "a blank comment is no comment");
    assertEquals(12, a.memberNo());
  }

  @Test
  void refusesEachFieldOffItsRangeOrTooLong() {
    Map<String, String> f = form("recommend", "11", "q2", "many", "q3", "6", "comment", "あ".repeat(1001), "memberNo", "-3",
        "q1", "x".repeat(501));
    ValidationException e = assertThrows(ValidationException.class, () -> SurveyAnswers.read(QUESTIONS, f::get));
    assertEquals(Map.of("recommend", "error.recommend", "q1", "error.tooLong", "q2", "error.number", "q3", "error.scale",
        "comment", "error.tooLong", "memberNo", "error.memberNo"), e.problems());
  }

  @Test
  void aMissingScoreIsRefused() {
    assertThrows(ValidationException.class, () -> SurveyAnswers.read(QUESTIONS, form()::get));
  }
}
