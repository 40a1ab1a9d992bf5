package kyokan.core.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {
  private static final WorksheetDefinition DEF = WorksheetDefinition.builder()
      .shortText("name").longText("story").number("visits").money("goal").date("deadline")
      .choice("channel", "shop", "online").multiChoice("media", "letter", "sns", "event")
      .table("plan", 3, "who", "what").build();
  private static final Question PLAN = DEF.question("plan").orElseThrow();

  @Test
  void fromFormReadsEveryQuestionType() {
    Map<String, List<String>> form = Map.of(
        "q_name", List.of("  さくら珈琲店  "),
        "q_story", List.of("朝六時に焙煎\r\n常連さんが多い\r\n"),
        "q_visits", List.of("１２０"),
        "q_goal", List.of("¥300,000"),
        "q_deadline", List.of("2026-10-31"),
        "q_channel", List.of("shop"),
        "q_media", List.of("letter", "event"),
        "q_plan_0_who", List.of("優良客"),
        "q_plan_0_what", List.of("手書きの\tお礼状"));

    Map<String, String> answers = AnswerCodec.fromForm(DEF, name -> form.getOrDefault(name, List.of()));

    assertEquals("さくら珈琲店", answers.get("name"));
    assertEquals("朝六時に焙煎\n常連さんが多い", answers.get("story"));
    assertEquals("１２０", answers.get("visits"));
    assertEquals("¥300,000", answers.get("goal"));
    assertEquals("2026-10-31", answers.get("deadline"));
    assertEquals("shop", answers.get("channel"));
    assertEquals("letter\nevent", answers.get("media"));
    assertEquals("優良客\t手書きの お礼状", answers.get("plan"));
  }

  @Test
  void unansweredQuestionsAreEmpty() {
    Map<String, String> answers = AnswerCodec.fromForm(DEF, name -> List.of());

    assertEquals(DEF.questions().size(), answers.size());
    assertTrue(answers.values().stream().allMatch(String::isEmpty));
  }

  @Test
  void tableDropsEmptyRowsAndKeepsCellsInTheirColumns() {
    Map<String, List<String>> form = Map.of(
        "q_plan_0_who", List.of(" "),
        "q_plan_1_what", List.of("ニュースレター"),
        "q_plan_2_who", List.of("よちよち客"),
        "q_plan_2_what", List.of("3-3-3のお便り"));

    String answer = AnswerCodec.fromForm(DEF, name -> form.getOrDefault(name, List.of())).get("plan");

    assertEquals(List.of(List.of("", "ニュースレター"), List.of("よちよち客", "3-3-3のお便り")),
        AnswerCodec.tableRows(PLAN, answer));
  }

  @Test
  void tableRowsPadsShortRowsToTheColumns() {
    assertEquals(List.of(List.of("新規客", ""), List.of("", "電話")), AnswerCodec.tableRows(PLAN, "新規客\n\t電話"));
    assertEquals(List.of(), AnswerCodec.tableRows(PLAN, ""));
  }

  @Test
  void emptyAnswersAreAllowedInDrafts() {
    assertEquals(Map.of(), AnswerCodec.validate(DEF, Map.of("goal", "", "deadline", "", "channel", "")));
  }

  @Test
  void validateNamesEachBadAnswer() {
    Map<String, String> problems = AnswerCodec.validate(DEF, Map.of(
        "visits", "たくさん", "goal", "abc", "deadline", "2026/13/40",
        "channel", "fax", "media", "letter\ntv", "nickname", "x"));

    assertEquals(Map.of(
        "visits", "error.worksheet.number", "goal", "error.worksheet.money", "deadline", "error.worksheet.date",
        "channel", "error.worksheet.choice", "media", "error.worksheet.choice",
        "nickname", "error.worksheet.unknownQuestion"), problems);
  }

  @Test
  void validateAcceptsWellFormedAnswers() {
    assertEquals(Map.of(), AnswerCodec.validate(DEF, Map.of(
        "visits", "1,200", "goal", "￥１２，０００", "deadline", "2026-02-28", "channel", "online", "media", "sns\nevent")));
  }

  @Test
  void validateRefusesTooLongText() {
    assertEquals(Map.of("name", "error.worksheet.tooLong"),
        AnswerCodec.validate(DEF, Map.of("name", "あ".repeat(AnswerCodec.MAX_SHORT + 1))));
    assertEquals(Map.of(), AnswerCodec.validate(DEF, Map.of("name", "あ".repeat(AnswerCodec.MAX_SHORT))));
  }

  @Test
  void normalizeMoneyTurnsWhatShopOwnersTypeIntoDigits() {
    assertEquals("12000", AnswerCodec.normalizeMoney("¥12,000"));
    assertEquals("12000", AnswerCodec.normalizeMoney("１２０００"));
    assertEquals("1234", AnswerCodec.normalizeMoney("￥１，２３４"));
    assertEquals("1234", AnswerCodec.normalizeMoney("1234円"));
    assertEquals("-500", AnswerCodec.normalizeMoney("-500"));
  }

  @Test
  void canonicalStoresMoneyAndNumbersAsPlainDigits() {
    Map<String, String> stored = AnswerCodec.canonical(DEF, Map.of("goal", "¥12,000", "visits", "１，２００", "name", "１２"));

    assertEquals(Map.of("goal", "12000", "visits", "1200", "name", "１２"), stored);
  }
}
