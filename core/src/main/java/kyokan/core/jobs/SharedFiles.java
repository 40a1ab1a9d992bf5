package kyokan.core.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;

/**
 * Files that every workbench process on the database can read (issue 17): an upload waiting for its import,
 * a job's result. Kept in the database in pieces of {@link #CHUNK} bytes, written in one transaction, so a
 * file is there whole or not at all. Each file belongs to an owner key (a client's id, or minus a consultant's
 * user id) and is found only under it. Plain JDBC: MyBatis would hold every piece of a large file at once.
 */
public final class SharedFiles {
  /** A stored file as its readers know it; {@code sha256} is of its whole content, taken while it was stored. */
  public record SharedFile(String id, long ownerKey, String fileName, long size, String sha256, Instant createdAt) {}

  static final int CHUNK = 1 << 20;
  private final Database db;
  private final Clock clock;

  public SharedFiles(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores {@code content} (read to its end) under a new id. */
  public SharedFile save(long ownerKey, String fileName, InputStream content) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    return db.write(session -> {
      Connection c = session.getConnection();
      try {
        update(c, "INSERT INTO shared_file (id, owner_key, file_name, size_bytes, sha256, created_at) VALUES (?, ?, ?, 0, '', ?)",
            id, ownerKey, fileName, Timestamp.from(now));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long size = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO shared_file_chunk (file_id, chunk_no, content) VALUES (?, ?, ?)")) {
          byte[] piece;
          for (int no = 0; (piece = content.readNBytes(CHUNK)).length > 0; no++) {
            sha.update(piece);
            size += piece.length;
            insert.setString(1, id);
            insert.setInt(2, no);
            insert.setBytes(3, piece);
            insert.executeUpdate();
          }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        update(c, "UPDATE shared_file SET size_bytes = ?, sha256 = ? WHERE id = ?", size, hash, id);
        return new SharedFile(id, ownerKey, fileName, size, hash, now);
      } catch (SQLException e) {
        throw new DatabaseException("ファイルを保存できません / the file could not be stored", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Stores a small content held in memory (a job's result). */
  public SharedFile save(long ownerKey, String fileName, byte[] content) {
    return save(ownerKey, fileName, new java.io.ByteArrayInputStream(content));
  }

  /** The file, if it exists under this owner: one client never reaches another's file by its id. */
  public Optional<SharedFile> find(long ownerKey, String id) {
    return db.read(session -> {
      try (PreparedStatement st = session.getConnection().prepareStatement(
          "SELECT file_name, size_bytes, sha256, created_at FROM shared_file WHERE id = ? AND owner_key = ?")) {
        st.setString(1, id);
        st.setLong(2, ownerKey);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          return Optional.of(new SharedFile(id, ownerKey, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        }
      } catch (SQLException e) {
        throw new DatabaseException("ファイルを読めません / the file could not be read", e);
      }
    });
  }

  /** Writes the file's content to {@code out}, one piece at a time. */
  public void copyTo(SharedFile file, OutputStream out) {
    db.read(session -> {
      try (PreparedStatement st = session.getConnection().prepareStatement(
          "SELECT content FROM shared_file_chunk WHERE file_id = ? ORDER BY chunk_no")) {
        // One piece per round trip: a large file never sits in memory whole.
        st.setFetchSize(1);
        st.setString(1, file.id());
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) out.write(rs.getBytes(1));
        }
        return null;
      } catch (SQLException e) {
        throw new DatabaseException("ファイルを読めません / the file could not be read", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The whole content of a small file (a job's result). */
  public byte[] bytes(SharedFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(file.size(), Integer.MAX_VALUE - 8));
    copyTo(file, out);
    return out.toByteArray();
  }

  /** Deletes the file; one already gone is fine. */
  public void delete(String id) {
    db.writeVoid(session -> {
      try {
        update(session.getConnection(), "DELETE FROM shared_file WHERE id = ?", id);
      } catch (SQLException e) {
        throw new DatabaseException("ファイルを削除できません / the file could not be deleted", e);
      }
    });
  }

  /** Deletes every file stored before {@code cutoff}; answers how many. */
  public int deleteStoredBefore(Instant cutoff) {
    return db.write(session -> {
      try {
        return update(session.getConnection(), "DELETE FROM shared_file WHERE created_at < ?", Timestamp.from(cutoff));
      } catch (SQLException e) {
        throw new DatabaseException("古いファイルを削除できません / old files could not be deleted", e);
      }
    });
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) st.setObject(i + 1, values[i]);
      return st.executeUpdate();
    }
  }
}
