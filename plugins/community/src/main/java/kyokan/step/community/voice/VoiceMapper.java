package kyokan.step.community.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Surveys, their questions, answers and replies, and the promise-kept log. */
public interface VoiceMapper {
  void insertSurvey(SurveyRow row);

  void insertQuestion(@Param("surveyId") long surveyId, @Param("no") int no, @Param("text") String text,
      @Param("kind") String kind);

  List<SurveyRow> selectSurveys(@Param("clientId") long clientId);

  SurveyRow selectSurvey(@Param("clientId") long clientId, @Param("id") long id);

  SurveyRow selectOpenSurveyByToken(@Param("token") String token);

  List<SurveyQuestion> selectQuestions(@Param("surveyId") long surveyId);

  void updateOpen(@Param("clientId") long clientId, @Param("id") long id, @Param("open") boolean open);

  void insertResponse(ResponseRow row);

  void insertAnswer(@Param("responseId") long responseId, @Param("no") int no, @Param("answer") String answer);

  List<ResponseRow> selectResponses(@Param("surveyId") long surveyId);

  List<AnswerRow> selectAnswers(@Param("surveyId") long surveyId);

  /** Comments of the client's surveys without a reply or an action yet, oldest first. */
  List<ResponseRow> selectUnanswered(@Param("clientId") long clientId);

  int updateReply(@Param("clientId") long clientId, @Param("id") long responseId, @Param("reply") String reply,
      @Param("action") String action, @Param("by") long by, @Param("at") Instant at);

  void insertPromise(@Param("clientId") long clientId, @Param("on") LocalDate on, @Param("problem") String problem,
      @Param("happened") String happened, @Param("changed") String changed, @Param("by") long by,
      @Param("at") Instant at);

  List<Promise> selectPromises(@Param("clientId") long clientId);

  /** A row of community_answer with its response, for the per-question summary. */
  class AnswerRow {
    long responseId;
    int questionNo;
    String answer;

    public long getResponseId() { return responseId; }
    public int getQuestionNo() { return questionNo; }
    public String getAnswer() { return answer; }
  }
}
