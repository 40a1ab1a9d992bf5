package kyokan.web.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import kyokan.core.importing.ProblemKind;
import kyokan.core.step.StepExtension;
import kyokan.web.plugin.StepRegistry;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;

/** The import's check page names every kind of row problem in both languages, new kinds included. */
class ProblemKindTextsTest {

  @Test
  void theDataCaptureStepNamesEveryProblemKind() {
    StepRegistry registry = StepRegistry.load(TestHost.PLUGINS);
    try {
      StepExtension dataCapture = registry.steps().stream().filter(s -> s.id().equals("data-capture")).findFirst().orElseThrow();
      for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
        for (ProblemKind kind : ProblemKind.values()) {
          assertTrue(dataCapture.messages(locale).has(kind.messageKey()), locale + " lacks " + kind.messageKey());
        }
      }
    } finally {
      registry.stop();
    }
  }
}
