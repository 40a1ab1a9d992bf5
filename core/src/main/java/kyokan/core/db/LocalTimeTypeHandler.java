package kyokan.core.db;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** LocalTime through java.sql.Time: Derby 10.16 rejects java.time values in setObject/getObject. */
final class LocalTimeTypeHandler extends BaseTypeHandler<LocalTime> {
  @Override
  public void setNonNullParameter(PreparedStatement ps, int i, LocalTime parameter, JdbcType jdbcType) throws SQLException {
    ps.setTime(i, Time.valueOf(parameter));
  }

  @Override
  public LocalTime getNullableResult(ResultSet rs, String columnName) throws SQLException {
    return toLocalTime(rs.getTime(columnName));
  }

  @Override
  public LocalTime getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
    return toLocalTime(rs.getTime(columnIndex));
  }

  @Override
  public LocalTime getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
    return toLocalTime(cs.getTime(columnIndex));
  }

  private static LocalTime toLocalTime(Time time) {
    return time == null ? null : time.toLocalTime();
  }
}
