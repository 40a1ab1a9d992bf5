package kyokan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kyokan.core.db.DatabaseSettings;

/**
 * Which database the workbench and its commands use: {@code --db URL} (else {@code KYOKAN_DB_URL}) names a
 * PostgreSQL server, its password from {@code KYOKAN_DB_PASSWORD} or the file {@code --db-password-file}
 * (else {@code KYOKAN_DB_PASSWORD_FILE}); without a URL, the embedded Derby database of the data folder.
 */
public final class DatabaseChoice {
  public static final String URL_VARIABLE = "KYOKAN_DB_URL";
  public static final String PASSWORD_VARIABLE = "KYOKAN_DB_PASSWORD";
  public static final String PASSWORD_FILE_VARIABLE = "KYOKAN_DB_PASSWORD_FILE";

  private DatabaseChoice() {}

  /**
   * @param url the {@code --db} option, or null
   * @param passwordFile the {@code --db-password-file} option, or null
   */
  public static DatabaseSettings resolve(String url, String passwordFile, Path dataDir, Map<String, String> env) {
    String chosen = url != null ? url : env.get(URL_VARIABLE);
    if (chosen == null || chosen.isBlank()) return DatabaseSettings.derby(dataDir);
    String file = passwordFile != null ? passwordFile : env.get(PASSWORD_FILE_VARIABLE);
    String password = file != null && !file.isBlank() ? readPassword(Path.of(file)) : env.get(PASSWORD_VARIABLE);
    return DatabaseSettings.postgresql(chosen, password);
  }

  private static String readPassword(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("パスワードファイルを読めません / cannot read the password file: " + file);
    }
  }
}
