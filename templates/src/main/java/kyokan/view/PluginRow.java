package kyokan.view;

/** A plugin on the status page; {@code problem} says why it failed, null when it runs. */
public record PluginRow(String id, String version, String state, String step, String problem) {}
