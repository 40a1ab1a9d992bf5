package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.Clock;
import java.util.Optional;
import kyokan.core.account.User;
import kyokan.core.db.Database;

/**
 * The column mapping a client last used for each kind of file, kept as the importing package's encoded
 * string so the next file from the same till is mapped the same way. Not ledger data: no version bump.
 */
public final class ImportMappingService {
  static final int MAX_LENGTH = 8000;
  private final Database db;
  private final Clock clock;

  public ImportMappingService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<String> find(long clientId, ImportKind kind) {
    return Optional.ofNullable(db.read(s -> s.getMapper(ImportMappingMapper.class).selectMapping(clientId, kind)));
  }

  public void save(long clientId, ImportKind kind, String mapping, User by) {
    if (mapping == null || mapping.length() > MAX_LENGTH) throw new IllegalArgumentException("mapping missing or too long");
    db.writeVoid(s -> {
      ImportMappingMapper m = s.getMapper(ImportMappingMapper.class);
      if (m.updateMapping(clientId, kind, mapping, by.getId(), clock.instant()) == 0) {
        m.insertMapping(clientId, kind, mapping, by.getId(), clock.instant());
      }
    });
  }
}
