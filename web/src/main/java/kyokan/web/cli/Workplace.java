package kyokan.web.cli;

import java.nio.file.Path;
import kyokan.core.db.DatabaseSettings;

/** Where a command works: the data folder (plugins' files, uploads) and the database, Derby in it or a server. */
public record Workplace(Path dataDir, DatabaseSettings database) {}
