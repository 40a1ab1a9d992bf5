package kyokan.core.step;

import java.nio.file.Path;

/** The workbench's data folder (database, uploads): where a plugin may keep files, under its own sub-folder. */
public record DataFolder(Path root) {
  public Path resolve(String first, String... more) {
    return root.resolve(Path.of(first, more));
  }

  /** Where uploaded files wait for their import, {@code <uploads>/<clientId>/<uploadId>/}; swept of abandoned ones. */
  public Path uploads() {
    return root.resolve("uploads");
  }
}
