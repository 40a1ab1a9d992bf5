package kyokan.step.community.voice;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.outreach.stats.NetPromoterScore;

/** A survey's answers: the NPS with its interval, the count of each score, and each question's answers. */
public record SurveyResults(SurveyRow survey, List<SurveyQuestion> questions, List<ResponseRow> responses,
    List<VoiceMapper.AnswerRow> answers, NetPromoterScore nps) {

  /** How many answered each score 0–10. */
  public int[] scoreCounts() {
    int[] counts = new int[11];
    for (ResponseRow r : responses) counts[r.getRecommend()]++;
    return counts;
  }

  public List<String> answersTo(int questionNo) {
    List<String> list = new ArrayList<>();
    for (VoiceMapper.AnswerRow a : answers) if (a.getQuestionNo() == questionNo) list.add(a.getAnswer());
    return list;
  }

  /** A text question's answers, each distinct answer once with how many gave it, the most frequent first. */
  public List<java.util.Map.Entry<String, Long>> answerCounts(int questionNo) {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String a : answersTo(questionNo)) counts.merge(a, 1L, Long::sum);
    List<java.util.Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
    list.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
    return list;
  }

  /** The mean of a number or scale question's answers, or null without any. */
  public Double mean(int questionNo) {
    List<String> list = answersTo(questionNo);
    if (list.isEmpty()) return null;
    return list.stream().mapToLong(Long::parseLong).average().orElseThrow();
  }

  public List<ResponseRow> comments() {
    return responses.stream().filter(ResponseRow::hasComment).toList();
  }
}
