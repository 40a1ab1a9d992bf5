package kyokan.core.importing;

/** The kinds of file a shop exports that we read. CSV covers any single-character delimiter but tab. */
public enum FileFormat {
  CSV,
  TSV,
  XLSX
}
