package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The "how this is computed" text: the client's own parameters, or why a model was not fitted; both languages in step. */
class HowComputedTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);

  private static CustomerValues values(ModelFit<BgNbdParameters> bg, ModelFit<GammaGammaParameters> gg) {
    return new CustomerValues(1, 3, AS_OF, CpmThresholds.DEFAULTS, AtRiskRule.DEFAULT, 52, bg, gg, List.of());
  }

  @Test
  void showsTheFittedParametersInJapanese() {
    CustomerValues v = values(ModelFit.fitted(new BgNbdParameters(0.2426, 4.4136, 0.7929, 2.4258), -9582.43, 2357),
        ModelFit.fitted(new GammaGammaParameters(6.25, 3.74, 15.45), -4055.9, 946));

    HowComputed text = HowComputed.of(v, Messages.JAPANESE, "JPY");

    assertEquals("予測の計算方法", text.title());
    assertEquals("2025年5月31日時点、0人の顧客のデータから計算しています。", text.basis());
    String all = String.join("\n", text.sections().stream().flatMap(s -> s.paragraphs().stream()).toList());
    assertTrue(all.contains("r = 0.243、α = 4.414、a = 0.793、b = 2.426(対数尤度 -9,582.4、2,357人)"), all);
    assertTrue(all.contains("p = 6.25、q = 3.74、γ = 15.45(946人のリピーター)"), all);
    // p γ / (q − 1) = 35.2…: rounded to a whole yen.
    assertTrue(all.contains("平均客単価の見込みは ¥35 です"), all);
    assertTrue(all.contains("来店リズムの2倍を超え、かつ30日以上で、まだ離脱の基準(240日)"), all);
    assertFalse(all.contains("推定できないモデル"), all);
  }

  @Test
  void saysWhyAModelWasNotFittedInEnglish() {
    CustomerValues v = values(ModelFit.notFitted(FitOutcome.TOO_FEW_CUSTOMERS, 7),
        ModelFit.notFitted(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, 4));

    HowComputed text = HowComputed.of(v, Messages.ENGLISH, "GBP");

    assertEquals("Computed as of 31 May 2025 from the data of 0 customers.", text.basis());
    String all = String.join("\n", text.sections().stream().flatMap(s -> s.paragraphs().stream()).toList());
    assertTrue(all.contains("Fewer than 20 customers: this model is not estimated."), all);
    assertTrue(all.contains("Fewer than 10 customers with a repeat purchase: this model is not estimated."), all);
    assertTrue(all.contains("Figures of a model that could not be estimated are not shown."), all);
    assertFalse(all.contains("Estimates:"), all);
  }

  @Test
  void bundlesHaveTheSameKeysAndCoverEveryOutcome() throws IOException {
    Set<String> ja = keys("messages.properties");
    Set<String> en = keys("messages_en.properties");

    assertEquals(ja, en);
    for (FitOutcome outcome : FitOutcome.values()) assertTrue(ja.contains(outcome.messageKey()), outcome.messageKey());
  }

  private static Set<String> keys(String file) throws IOException {
    try (InputStream in = HowComputed.class.getResourceAsStream("/kyokan/core/prediction/" + file)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.stringPropertyNames();
    }
  }
}
