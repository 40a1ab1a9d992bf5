package kyokan.web.cli;

import kyokan.core.importing.ProblemKind;

/** A row problem's kind in both languages, from {@code problem.<KIND>} of the command line's bundle. */
final class ProblemTexts {
  private ProblemTexts() {}

  static String both(ProblemKind kind) {
    return CliText.both("problem." + kind.name());
  }

  static String en(ProblemKind kind) {
    return CliText.en("problem." + kind.name());
  }
}
