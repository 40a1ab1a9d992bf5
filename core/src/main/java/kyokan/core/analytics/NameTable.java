package kyokan.core.analytics;

import java.util.ArrayList;
import java.util.List;

/** Ids with their codes and names, as read from the customer or product table. */
final class NameTable {
  private final LongList ids = new LongList(1024);
  private final List<String> codes = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  void add(long id, String code, String name) {
    ids.add(id);
    codes.add(code);
    names.add(name);
  }

  interface Sink {
    void accept(long id, String code, String name);
  }

  void forEach(Sink sink) {
    for (int i = 0; i < ids.size(); i++) sink.accept(ids.get(i), codes.get(i), names.get(i));
  }
}
