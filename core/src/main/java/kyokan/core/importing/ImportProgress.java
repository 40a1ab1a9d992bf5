package kyokan.core.importing;

import java.util.OptionalDouble;

/**
 * How far a long read has come.
 *
 * @param rowsRead data rows read so far
 * @param done bytes read for a text file, the last row number read for a workbook
 * @param total the file size for a text file, the sheet's last row for a workbook; 0 when unknown
 */
public record ImportProgress(long rowsRead, long done, long total) {

  /** The share done between 0 and 1, if the total is known. */
  public OptionalDouble shareDone() {
    return total > 0 ? OptionalDouble.of(Math.min(1.0, (double) done / total)) : OptionalDouble.empty();
  }
}
