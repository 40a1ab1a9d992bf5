package kyokan.step.community.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kyokan.core.ValidationException;

/**
 * One person's answers as sent: the 0–10 recommend score, the survey's own questions, a comment and optionally a
 * member number. Reading them checks every field against the survey and its limits and keeps nothing else.
 */
public record SurveyAnswers(int recommend, Map<Integer, String> answers, String comment, Integer memberNo) {
  public static final int COMMENT_LIMIT = 1000;
  public static final int ANSWER_LIMIT = 500;

  /** Reads the form's fields {@code recommend}, {@code q1}…{@code q5}, {@code comment}, {@code memberNo}. */
  public static SurveyAnswers read(List<SurveyQuestion> questions, Function<String, String> form) {
    Map<String, String> problems = new LinkedHashMap<>();
    Integer recommend = wholeNumber(form.apply("recommend"));
    if (recommend == null || recommend < 0 || recommend > 10) problems.put("recommend", "error.recommend");
    Map<Integer, String> answers = new LinkedHashMap<>();
    for (SurveyQuestion q : questions) {
      String field = "q" + q.getQuestionNo();
      String a = strip(form.apply(field));
      if (a.isEmpty()) continue;
      if (a.length() > ANSWER_LIMIT) problems.put(field, "error.tooLong");
      else if (q.kind() == SurveyQuestion.Kind.NUMBER && wholeNumber(a) == null) problems.put(field, "error.number");
      else if (q.kind() == SurveyQuestion.Kind.SCALE && !a.matches("[1-5]")) problems.put(field, "error.scale");
      else answers.put(q.getQuestionNo(), a);
    }
    String comment = strip(form.apply("comment"));
    if (comment.length() > COMMENT_LIMIT) problems.put("comment", "error.tooLong");
    String member = strip(form.apply("memberNo"));
    Integer memberNo = member.isEmpty() ? null : wholeNumber(member);
    if (!member.isEmpty() && (memberNo == null || memberNo < 1)) problems.put("memberNo", "error.memberNo");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return new SurveyAnswers(recommend, answers, comment.isEmpty() ? null : comment, memberNo);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static Integer wholeNumber(String s) {
    if (s == null || !s.strip().matches("-?\\d{1,9}")) return null;
    return Integer.parseInt(s.strip());
  }
}
