package kyokan.core.step;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/**
 * A plugin's precompiled JTE templates. Each plugin compiles its templates into its own package and
 * renders them through this, so the host never needs a plugin's classes to show its pages.
 */
public final class StepTemplates {
  private final TemplateEngine engine;

  /** @param packageName the package the plugin's jte-maven-plugin generated the templates into */
  public StepTemplates(Class<?> pluginClass, String packageName) {
    ClassLoader loader = pluginClass.getClassLoader();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // createPrecompiled resolves the template classes through the context class loader.
    thread.setContextClassLoader(loader);
    try {
      this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, loader, packageName);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** A template with one parameter, as a body the host can place in its page shell. */
  public Content render(String template, Object param) {
    return output -> engine.render(template, param, output);
  }
}
