package kyokan.step.datacapture.importing;

import kyokan.core.importing.ImportKind;

/** The kind of file from a form or query value; anything unknown is sales lines, the common case. */
final class ImportKindParam {
  private ImportKindParam() {}

  static ImportKind of(String value) {
    for (ImportKind k : ImportKind.values()) {
      if (k.name().equals(value)) return k;
    }
    return ImportKind.SALES;
  }
}
