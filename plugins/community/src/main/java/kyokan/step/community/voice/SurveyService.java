package kyokan.step.community.voice;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.outreach.stats.NetPromoterScore;
import kyokan.step.community.club.ClubService;

/** The shop's surveys: made, answered (on paper or through the public link), read, and their comments answered. */
public final class SurveyService {
  static final int REPLY_LIMIT = 2000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;
  private final Clock clock;

  public SurveyService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(VoiceMapper.class);
  }

  public long create(long clientId, NewSurvey survey, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (survey.title().isBlank()) problems.put("title", "error.required");
    if (survey.title().length() > NewSurvey.TITLE_LIMIT) problems.put("title", "error.tooLong");
    if (survey.questions().size() > NewSurvey.MAX_QUESTIONS) problems.put("questions", "error.tooManyQuestions");
    for (SurveyQuestion q : survey.questions()) {
      if (q.getQuestionText().length() > NewSurvey.QUESTION_LIMIT) problems.put("q" + q.getQuestionNo(), "error.tooLong");
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return db.write(s -> {
      VoiceMapper m = s.getMapper(VoiceMapper.class);
      SurveyRow row = new SurveyRow(clientId, survey.title(), newToken(), survey.showShopName(), userId, clock.instant());
      m.insertSurvey(row);
      for (SurveyQuestion q : survey.questions()) m.insertQuestion(row.getId(), q.getQuestionNo(), q.getQuestionText(), q.kind().name());
      return row.getId();
    });
  }

  /** 32 random bytes, URL-safe: the survey's public link cannot be guessed. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public List<SurveyRow> surveys(long clientId) {
    return db.read(s -> s.getMapper(VoiceMapper.class).selectSurveys(clientId));
  }

  public SurveyRow survey(long clientId, long surveyId) {
    SurveyRow row = db.read(s -> s.getMapper(VoiceMapper.class).selectSurvey(clientId, surveyId));
    if (row == null) throw new NotFoundException("survey " + surveyId);
    return row;
  }

  /** The open survey with this token; a closed or unknown one is not found (the public page's plain 404). */
  public SurveyRow openByToken(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) throw new NotFoundException("survey");
    SurveyRow row = db.read(s -> s.getMapper(VoiceMapper.class).selectOpenSurveyByToken(token));
    if (row == null) throw new NotFoundException("survey");
    return row;
  }

  public List<SurveyQuestion> questions(long surveyId) {
    return db.read(s -> s.getMapper(VoiceMapper.class).selectQuestions(surveyId));
  }

  public void setOpen(long clientId, long surveyId, boolean open) {
    survey(clientId, surveyId);
    db.writeVoid(s -> s.getMapper(VoiceMapper.class).updateOpen(clientId, surveyId, open));
  }

  /**
   * Stores one person's answers. A member number ties them to that member only when it is one of the shop's;
   * otherwise they stay anonymous (the answering person is never told which).
   */
  public long answer(SurveyRow survey, SurveyAnswers answers, ResponseRow.Source source) {
    Optional<Long> customer = answers.memberNo() == null ? Optional.empty()
        : ClubService.customerOfMember(db, survey.getClientId(), answers.memberNo());
    return db.write(s -> {
      VoiceMapper m = s.getMapper(VoiceMapper.class);
      ResponseRow row = new ResponseRow(survey.getId(), answers.recommend(), answers.comment(), customer.orElse(null),
          source, clock.instant());
      m.insertResponse(row);
      answers.answers().forEach((no, a) -> m.insertAnswer(row.getId(), no, a));
      return row.getId();
    });
  }

  public SurveyResults results(SurveyRow survey) {
    return db.read(s -> {
      VoiceMapper m = s.getMapper(VoiceMapper.class);
      List<ResponseRow> responses = m.selectResponses(survey.getId());
      NetPromoterScore nps = NetPromoterScore.of(responses.stream().map(ResponseRow::getRecommend).toList());
      return new SurveyResults(survey, m.selectQuestions(survey.getId()), responses, m.selectAnswers(survey.getId()), nps);
    });
  }

  public List<ResponseRow> unanswered(long clientId) {
    return db.read(s -> s.getMapper(VoiceMapper.class).selectUnanswered(clientId));
  }

  /** The shop's reply to a comment and/or what it did about it; at least one of the two. */
  public void reply(long clientId, long responseId, String reply, String action, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (reply.isEmpty() && action.isEmpty()) problems.put("reply", "error.replyOrAction");
    if (reply.length() > REPLY_LIMIT) problems.put("reply", "error.tooLong");
    if (action.length() > REPLY_LIMIT) problems.put("action", "error.tooLong");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    int updated = db.write(s -> s.getMapper(VoiceMapper.class).updateReply(clientId, responseId,
        reply.isEmpty() ? null : reply, action.isEmpty() ? null : action, userId, clock.instant()));
    if (updated == 0) throw new NotFoundException("response " + responseId);
  }
}
