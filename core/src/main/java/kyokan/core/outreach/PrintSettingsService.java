package kyokan.core.outreach;

import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;

/** The shop's return address and label calibration, read with defaults and saved whole. */
public final class PrintSettingsService {
  /** A calibration beyond ±10 mm is a typo, not a printer. */
  static final int MAX_OFFSET_TENTHS = 100;
  private final Database db;
  private final ClientService clients;

  public PrintSettingsService(Database db, ClientService clients) {
    this.db = db;
    this.clients = clients;
  }

  /** The saved settings, or empty ones carrying the client's name as the shop's. */
  public PrintSettings get(long clientId) {
    PrintSettings saved = db.read(s -> s.getMapper(PrintSettingsMapper.class).select(clientId));
    return saved != null ? saved : PrintSettings.empty(clients.get(clientId).getName());
  }

  public void save(long clientId, PrintSettings settings) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (Math.abs(settings.labelOffsetXTenths()) > MAX_OFFSET_TENTHS
        || Math.abs(settings.labelOffsetYTenths()) > MAX_OFFSET_TENTHS) {
      problems.put("offset", "error.offset");
    }
    if (settings.labelStart() < 1 || settings.labelStart() > 12) problems.put("start", "error.labelStart");
    if (length(settings.shopName()) > 200 || length(settings.shopAddress()) > 500 || length(settings.shopPostalCode()) > 20
        || length(settings.shopPhone()) > 40) {
      problems.put("shop", "error.shopLength");
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    db.writeVoid(s -> {
      PrintSettingsMapper m = s.getMapper(PrintSettingsMapper.class);
      if (m.update(clientId, settings) == 0) m.insert(clientId, settings);
    });
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
