package kyokan.core.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;

/** The {@code background_job} rows: each job's state and progress, where every process can read them. */
final class JobStore {
  private final Database db;

  JobStore(Database db) {
    this.db = db;
  }

  void insert(Job job, String processId) {
    Timestamp at = Timestamp.from(job.startedAt());
    write("INSERT INTO background_job (id, owner_key, title, job_state, rows_read, permille, process_id, started_at, heartbeat_at)"
        + " VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)", job.id(), job.ownerKey(), job.title(), job.state().name(), processId, at, at);
  }

  void progress(String id, long rows, double share, Instant at) {
    write("UPDATE background_job SET rows_read = ?, permille = ?, heartbeat_at = ? WHERE id = ?",
        rows, (int) Math.round(Math.max(0, Math.min(1, share)) * 1000), Timestamp.from(at), id);
  }

  void finish(String id, Job.State state, String resultFileId, String error, Instant at) {
    String message = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    String done = state == Job.State.DONE ? ", permille = 1000" : "";
    write("UPDATE background_job SET job_state = ?" + done + ", result_file_id = ?, error_message = ?, heartbeat_at = ? WHERE id = ?",
        state.name(), resultFileId, message, Timestamp.from(at), id);
  }

  void heartbeat(String processId, Instant at) {
    write("UPDATE background_job SET heartbeat_at = ? WHERE process_id = ? AND job_state = 'RUNNING'", Timestamp.from(at), processId);
  }

  int deleteStartedBefore(Instant cutoff) {
    return write("DELETE FROM background_job WHERE started_at < ?", Timestamp.from(cutoff));
  }

  /** The owner's job; one still RUNNING whose process has been silent since {@code aliveAfter} reads as failed. */
  Optional<Job> find(long ownerKey, String id, Instant aliveAfter) {
    return db.read(session -> {
      try (PreparedStatement st = session.getConnection().prepareStatement(
          "SELECT title, job_state, rows_read, permille, result_file_id, error_message, started_at, heartbeat_at"
              + " FROM background_job WHERE id = ? AND owner_key = ?")) {
        st.setString(1, id);
        st.setLong(2, ownerKey);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          Job.State state = Job.State.valueOf(rs.getString(2));
          String error = rs.getString(6);
          if (state == Job.State.RUNNING && rs.getTimestamp(8).toInstant().isBefore(aliveAfter)) {
            state = Job.State.FAILED;
            error = Job.STOPPED;
          }
          return Optional.of(new Job(id, ownerKey, rs.getString(1), state, rs.getLong(3), rs.getInt(4) / 1000.0,
              rs.getString(5), error, rs.getTimestamp(7).toInstant()));
        }
      } catch (SQLException e) {
        throw new DatabaseException("処理の状況を読めません / the job could not be read", e);
      }
    });
  }

  private int write(String sql, Object... values) {
    return db.write(session -> {
      Connection c = session.getConnection();
      try (PreparedStatement st = c.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          // The nullable columns are all text; Derby wants a null's type said.
          if (values[i] == null) st.setNull(i + 1, Types.VARCHAR);
          else st.setObject(i + 1, values[i]);
        }
        return st.executeUpdate();
      } catch (SQLException e) {
        throw new DatabaseException("処理の状況を書き込めません / the job could not be recorded", e);
      }
    });
  }
}
