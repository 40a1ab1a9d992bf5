package kyokan.web.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kyokan.core.db.Database;
import kyokan.core.step.StepExtension;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step plugins found in the plugins folder. A plugin that fails to load, or whose step clashes
 * with another's, is recorded with the reason and left out; the other steps keep working.
 */
public final class StepRegistry {
  private static final Logger log = LoggerFactory.getLogger(StepRegistry.class);

  /** A loaded step and the plugin that brought it. */
  public record LoadedStep(StepExtension step, PluginWrapper plugin) {}

  private final PluginManager manager;
  private final List<LoadedStep> loaded;
  private final List<PluginProblem> problems;

  private StepRegistry(PluginManager manager, List<LoadedStep> loaded, List<PluginProblem> problems) {
    this.manager = manager;
    this.loaded = List.copyOf(loaded);
    this.problems = problems;
  }

  public static StepRegistry load(Path pluginsDir) {
    PluginManager manager = new DefaultPluginManager(pluginsDir.toAbsolutePath());
    manager.loadPlugins();
    manager.startPlugins();
    List<LoadedStep> loaded = new ArrayList<>();
    List<PluginProblem> problems = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (PluginWrapper plugin : manager.getPlugins()) {
      String id = plugin.getPluginId();
      String version = plugin.getDescriptor().getVersion();
      if (plugin.getPluginState() != PluginState.STARTED) {
        problems.add(new PluginProblem(id, version, plugin.getPluginState().toString(), reason(plugin.getFailedException())));
        continue;
      }
      List<StepExtension> steps;
      try {
        steps = manager.getExtensions(StepExtension.class, id);
      } catch (RuntimeException | LinkageError e) {
        problems.add(new PluginProblem(id, version, "FAILED", reason(e)));
        continue;
      }
      if (steps.size() != 1) {
        problems.add(new PluginProblem(id, version, "FAILED", "expected one step extension, found " + steps.size()));
        continue;
      }
      StepExtension step = steps.get(0);
      if (step.number() < 1 || step.number() > 7 || !numbers.add(step.number()) || !ids.add(step.id())) {
        problems.add(new PluginProblem(id, version, "FAILED",
            "step " + step.number() + " / " + step.id() + " is out of range or already provided by another plugin"));
        continue;
      }
      loaded.add(new LoadedStep(step, plugin));
    }
    problems.addAll(strayFiles(pluginsDir, manager));
    loaded.sort(Comparator.comparingInt(l -> l.step().number()));
    problems.forEach(p -> log.warn("Plugin {} not loaded: {}", p.id(), p.reason()));
    log.info("Loaded {} step plugins from {}", loaded.size(), pluginsDir.toAbsolutePath());
    return new StepRegistry(manager, loaded, problems);
  }

  /** Jars in the folder that PF4J did not recognise as plugins at all (no descriptor, unreadable). */
  private static List<PluginProblem> strayFiles(Path dir, PluginManager manager) {
    Set<Path> known = new HashSet<>();
    manager.getPlugins().forEach(p -> known.add(p.getPluginPath().toAbsolutePath().normalize()));
    if (!Files.isDirectory(dir)) {
      return List.of(new PluginProblem("-", "-", "MISSING", "plugins folder not found: " + dir.toAbsolutePath()));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jar"))
          .filter(f -> !known.contains(f.toAbsolutePath().normalize()))
          .map(f -> new PluginProblem(f.getFileName().toString(), "-", "INVALID",
              "not a loadable plugin (no valid plugin.properties, or rejected by the plugin loader: see the log)"))
          .toList();
    } catch (IOException e) {
      return List.of(new PluginProblem("-", "-", "INVALID", "cannot list plugins folder: " + e.getMessage()));
    }
  }

  private static String reason(Throwable t) {
    if (t == null) return "";
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root == t ? String.valueOf(t) : t + " (cause: " + root + ")";
  }

  /** Applies each step's own migrations, each step with its own history table. */
  public void migrate(Database db) {
    for (LoadedStep l : loaded) {
      l.step().migrations().ifPresent(location -> db.migrate(location, l.step().getClass().getClassLoader(),
          "flyway_step_" + l.step().id().replace('-', '_')));
    }
  }

  /** The steps in program order. */
  public List<StepExtension> steps() {
    return loaded.stream().map(LoadedStep::step).toList();
  }

  public List<LoadedStep> loaded() {
    return loaded;
  }

  public Optional<StepExtension> find(String stepId) {
    return steps().stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  public List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  public void stop() {
    // PF4J 3.15's stopPlugins() modifies the list it iterates; unloading one by one (which stops first) does not.
    manager.getPlugins().stream().map(PluginWrapper::getPluginId).toList().forEach(manager::unloadPlugin);
  }
}
