package kyokan.core.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.Properties;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * The mappers name generated keys as Derby spells them ({@code keyColumn="ID"}); PostgreSQL's driver quotes
 * the names it is given, and its columns are lower-case. On PostgreSQL this hands the statement handler a
 * connection that asks for the key columns in lower case, so one mapper serves both engines.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class KeyColumnCase implements Interceptor {
  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object[] args = invocation.getArgs();
    args[0] = lowerCaseKeys((Connection) args[0]);
    return invocation.proceed();
  }

  static Connection lowerCaseKeys(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> invoke(connection, method, args);
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("prepareStatement") && args != null && args.length == 2 && args[1] instanceof String[] names) {
      String[] lower = new String[names.length];
      for (int i = 0; i < names.length; i++) lower[i] = names[i].toLowerCase(Locale.ROOT);
      args = new Object[] {args[0], lower};
    }
    try {
      return method.invoke(connection, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void setProperties(Properties properties) {
    // nothing to configure
  }
}
