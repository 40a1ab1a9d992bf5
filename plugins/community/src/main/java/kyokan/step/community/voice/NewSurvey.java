package kyokan.step.community.voice;

import java.util.List;

/** What the shop asks: a title, whether the public page names the shop, and up to five questions of its own. */
public record NewSurvey(String title, boolean showShopName, List<SurveyQuestion> questions) {
  public static final int MAX_QUESTIONS = 5;
  public static final int TITLE_LIMIT = 200;
  public static final int QUESTION_LIMIT = 300;
}
