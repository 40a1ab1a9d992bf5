package kyokan.core.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;

/** Stores test sales in a real database through the ledger's own import, as a shop's file would arrive. */
final class Imports {
  private Imports() {}

  static void sales(TestDatabase data, long clientId, User by, Sales sales, String fileName) {
    data.salesImports().importSales(clientId, new ImportSource(fileName, sha256(fileName), ImportKind.SALES),
        sales.inputs().iterator(), 0, by, Progress.NONE);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
