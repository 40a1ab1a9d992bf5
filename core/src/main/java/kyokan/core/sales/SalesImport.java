package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.Instant;

/**
 * One import in a client's history: the file, what became of its rows, who brought it in and whether it
 * was undone. {@code rowsRead} = imported + skipped (invalid) + duplicates (already in the ledger);
 * {@code rowsDuplicateContent} is the part of the duplicates that had no order number and were recognised by content.
 */
public class SalesImport {
  private long id;
  private long clientId;
  private ImportKind kind;
  private String fileName;
  private String fileSha256;
  private int rowsRead;
  private int rowsImported;
  private int rowsSkipped;
  private int rowsDuplicate;
  private int rowsDuplicateContent;
  private long importedBy;
  private String importedByName;
  private Instant importedAt;
  private Long undoneBy;
  private String undoneByName;
  private Instant undoneAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public ImportKind getKind() { return kind; }
  public String getFileName() { return fileName; }
  public String getFileSha256() { return fileSha256; }
  public int getRowsRead() { return rowsRead; }
  public int getRowsImported() { return rowsImported; }
  public int getRowsSkipped() { return rowsSkipped; }
  public int getRowsDuplicate() { return rowsDuplicate; }
  public int getRowsDuplicateContent() { return rowsDuplicateContent; }
  public long getImportedBy() { return importedBy; }
  public String getImportedByName() { return importedByName; }
  public Instant getImportedAt() { return importedAt; }
  public Long getUndoneBy() { return undoneBy; }
  public String getUndoneByName() { return undoneByName; }
  public Instant getUndoneAt() { return undoneAt; }

  public boolean isUndone() { return undoneAt != null; }

  static SalesImport start(long clientId, ImportSource source, long by, Instant at) {
    SalesImport i = new SalesImport();
    i.clientId = clientId;
    i.kind = source.kind();
    i.fileName = source.fileName().strip();
    i.fileSha256 = source.sha256();
    i.importedBy = by;
    i.importedAt = at;
    return i;
  }

  void finish(int imported, int skipped, int duplicate, int duplicateByContent) {
    rowsDuplicateContent = duplicateByContent;
    rowsImported = imported;
    rowsSkipped = skipped;
    rowsDuplicate = duplicate;
    rowsRead = imported + skipped + duplicate;
  }
}
