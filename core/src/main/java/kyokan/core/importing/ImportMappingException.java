package kyokan.core.importing;

import java.util.List;

/** A file cannot be read with the given mapping; nothing has been read. The page shows the problems. */
public class ImportMappingException extends RuntimeException {
  private final List<MappingProblem> problems;

  public ImportMappingException(List<MappingProblem> problems) {
    super("the column mapping does not fit the file: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }
}
