package kyokan.core.step;

import java.util.Locale;
import kyokan.core.i18n.Messages;

/** Base for steps whose texts are a bundle in the plugin's own jar. */
public abstract class BundledStep implements StepExtension {
  private final String bundleBaseName;

  /** @param bundleBaseName e.g. {@code kyokan/step/analysis/messages} */
  protected BundledStep(String bundleBaseName) {
    this.bundleBaseName = bundleBaseName;
  }

  @Override
  public Messages messages(Locale locale) {
    return Messages.load(bundleBaseName, locale, getClass().getClassLoader());
  }
}
