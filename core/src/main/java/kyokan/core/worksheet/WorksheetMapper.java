package kyokan.core.worksheet;

import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface WorksheetMapper {
  WorksheetRow selectWorksheet(@Param("engagementId") long engagementId, @Param("stepId") String stepId);

  List<WorksheetRow> selectByEngagement(long engagementId);

  void insertWorksheet(WorksheetRow row);

  /** Writes the row only if it is still at {@code expectedVersion}; returns the rows changed (0 = stale). */
  int updateWorksheet(@Param("row") WorksheetRow row, @Param("expectedVersion") int expectedVersion);

  List<WorksheetAnswer> selectAnswers(long worksheetId);

  void deleteAnswers(long worksheetId);

  void insertAnswer(WorksheetAnswer answer);

  List<WorksheetComment> selectComments(long worksheetId);

  void insertComment(WorksheetComment comment);
}
