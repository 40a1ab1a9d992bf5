package kyokan.step.viptreatment.treatments;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.Channel;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The shop's perks, editable, with their cost. A shop that has none yet gets the program's seven (先行案内,
 * ご招待, 手書きの手紙, ささやかな贈り物, お取り置き, 誕生日, お店の裏側) on first reading, as its own rows, since
 * every treatment names the perk it gave.
 */
public final class PerkList {
  static final String[] DEFAULTS = {"first_access", "invitation", "letter", "gift", "reserved", "birthday", "behind_scenes"};
  static final int NAME_LIMIT = 100;
  private final Database db;

  public PerkList(Database db) {
    this.db = db;
    db.addMapper(TreatmentMapper.class);
  }

  /** Every perk of the client, retired ones included, in the shop's order; the defaults written first if none. */
  public List<Perk> of(long clientId, Messages japanese) {
    List<Perk> perks = db.read(s -> s.getMapper(TreatmentMapper.class).selectPerks(clientId));
    if (!perks.isEmpty()) return perks;
    try {
      db.writeVoid(s -> {
        TreatmentMapper m = s.getMapper(TreatmentMapper.class);
        if (m.countPerks(clientId) > 0) return;
        for (int i = 0; i < DEFAULTS.length; i++) {
          String key = "perk.default." + DEFAULTS[i];
          m.insertPerk(new Perk(clientId, japanese.get(key), Channel.valueOf(japanese.get(key + ".channel")),
              Long.parseLong(japanese.get(key + ".cost")), i + 1));
        }
      });
    } catch (PersistenceException e) {
      // Two first readers at once (two processes, two tabs): the other's defaults stand (V2's unique order), ours rolled back.
      if (!Database.isDuplicateKey(e)) throw e;
    }
    return db.read(s -> s.getMapper(TreatmentMapper.class).selectPerks(clientId));
  }

  /** Saves the edited perks and adds the new one (when named) in one transaction; nothing on a problem. */
  public void save(long clientId, List<PerkEdit> edits, int minorDigits) {
    Map<String, String> problems = new LinkedHashMap<>();
    Map<PerkEdit, Long> costs = new LinkedHashMap<>();
    for (PerkEdit e : edits) {
      String field = e.id() == null ? "new" : e.id().toString();
      if (e.id() == null && e.name().isBlank()) continue;
      if (e.name().isBlank() || e.name().length() > NAME_LIMIT) problems.put("name." + field, "error.perkName");
      if (e.channel() == null) problems.put("channel." + field, "error.channel");
      Long cost = minorAmount(e.cost(), minorDigits);
      if (cost == null) problems.put("cost." + field, "error.cost"); else costs.put(e, cost);
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    db.writeVoid(s -> {
      TreatmentMapper m = s.getMapper(TreatmentMapper.class);
      int order = m.countPerks(clientId);
      for (PerkEdit e : edits) {
        if (!costs.containsKey(e)) continue;
        if (e.id() == null) {
          m.insertPerk(new Perk(clientId, e.name(), e.channel(), costs.get(e), ++order));
        } else {
          m.updatePerk(clientId, e.id(), e.name(), e.channel().name(), costs.get(e), e.retired());
        }
      }
    });
  }

  /** An amount typed in the major unit ("500", "12.50") in minor units; null when not a non-negative amount. */
  public static Long minorAmount(String typed, int minorDigits) {
    try {
      BigDecimal v = new BigDecimal(typed.strip().replace(",", "")).movePointRight(minorDigits);
      if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) return null;
      return v.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
