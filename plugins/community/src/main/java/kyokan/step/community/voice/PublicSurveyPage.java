package kyokan.step.community.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kyokan.core.i18n.Messages;

/** What the public survey page shows: the survey's own texts, the shop's name if it chose so, and nothing else. */
public record PublicSurveyPage(Messages messages, String title, String shopName, List<SurveyQuestion> questions,
    String action, String csrf, Map<String, String> errors, Map<String, String> values) {

  public String t(String key) {
    return messages.get(key);
  }

  public String heading() {
    return shopName == null ? title : shopName + " — " + title;
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : messages.get(key);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean checked(String field, int n) {
    return value(field).equals(String.valueOf(n));
  }

  /** The refused form's values, so the person need not type them again (the page escapes them). */
  static Map<String, String> echo(List<SurveyQuestion> questions, Function<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : List.of("recommend", "comment", "memberNo")) values.put(f, cut(form.apply(f)));
    for (SurveyQuestion q : questions) values.put("q" + q.getQuestionNo(), cut(form.apply("q" + q.getQuestionNo())));
    return values;
  }

  private static String cut(String s) {
    return s.length() > SurveyAnswers.COMMENT_LIMIT + 100 ? s.substring(0, SurveyAnswers.COMMENT_LIMIT + 100) : s;
  }
}
