package kyokan.core.importing;

/** The kinds of file a shop exports that we read. CSV covers any single-character delimiter but tab. */
public enum FileFormat {
  CSV,
  TSV,
  /** Text whose fields are separated by runs of spaces or tabs, as older tills and mainframe-style exports write. */
  SPACED,
  XLSX
}
