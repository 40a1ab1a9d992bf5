package kyokan.web.plugin;

/** A plugin (or a file in the plugins folder) that could not be used, and why. */
public record PluginProblem(String id, String version, String state, String reason) {}
