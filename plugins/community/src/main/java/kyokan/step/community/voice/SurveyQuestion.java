package kyokan.step.community.voice;

/** One of a survey's own questions (besides the recommend question and the comment). */
public class SurveyQuestion {
  /** How a question is answered: free text, a number, or a 1–5 scale. */
  public enum Kind { TEXT, NUMBER, SCALE }

  int questionNo;
  String questionText;
  String kind;

  public SurveyQuestion() {}

  public SurveyQuestion(int questionNo, String questionText, Kind kind) {
    this.questionNo = questionNo;
    this.questionText = questionText;
    this.kind = kind.name();
  }

  public int getQuestionNo() { return questionNo; }
  public String getQuestionText() { return questionText; }
  public Kind kind() { return Kind.valueOf(kind); }
}
