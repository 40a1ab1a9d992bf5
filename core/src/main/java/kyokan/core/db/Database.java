package kyokan.core.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's database, embedded Derby under the data folder or a PostgreSQL server
 * ({@link DatabaseSettings}): migrated on open, reached through MyBatis. One {@link SqlSession} per unit of
 * work; {@link #write} commits or rolls back as a whole.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private final DatabaseSettings settings;
  private final PooledDataSource dataSource;
  private final SqlSessionFactory factory;

  private Database(DatabaseSettings settings) {
    this.settings = settings;
    DatabaseEngine engine = settings.engine();
    this.dataSource = new PooledDataSource(engine.driver(), settings.jdbcUrl(), settings.driverProperties());
    dataSource.setPoolMaximumActiveConnections(32);
    // A server may drop idle connections: check one that has rested before handing it out.
    dataSource.setPoolPingEnabled(!settings.isDerby());
    dataSource.setPoolPingQuery("SELECT 1");
    dataSource.setPoolPingConnectionsNotUsedFor(60_000);
    Configuration configuration =
        new Configuration(new Environment("kyokan", new JdbcTransactionFactory(), dataSource));
    configuration.setDatabaseId(engine.databaseId());
    configuration.setMapUnderscoreToCamelCase(true);
    configuration.getTypeHandlerRegistry().register(java.time.LocalDate.class, new LocalDateTypeHandler());
    configuration.getTypeHandlerRegistry().register(java.time.LocalTime.class, new LocalTimeTypeHandler());
    if (engine == DatabaseEngine.POSTGRESQL) configuration.addInterceptor(new KeyColumnCase());
    this.factory = new SqlSessionFactoryBuilder().build(configuration);
  }

  /** Opens (creating if needed) the embedded database in {@code dataDir} and applies core's migrations. */
  public static Database open(Path dataDir) {
    return open(DatabaseSettings.derby(dataDir));
  }

  /** Opens the database {@code settings} name (creating an embedded one if needed) and applies core's migrations. */
  public static Database open(DatabaseSettings settings) {
    if (settings.isDerby()) prepareDerby(settings.derbyFolder().getParent());
    Database db = new Database(settings);
    db.checkNotInUse();
    db.migrate("classpath:kyokan/core/db/migration", Database.class.getClassLoader(), "flyway_core_history");
    CoreMappers.register(db);
    return db;
  }

  private static void prepareDerby(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new DatabaseException("データフォルダを作成できません: " + dataDir, e);
    }
    // Derby writes derby.log into the working directory unless told otherwise before it boots.
    if (System.getProperty("derby.stream.error.file") == null) {
      System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
    }
    // Derby turns 5,000 row locks into a table lock: a large import would then block every other
    // client's pages until it commits. Row locks keep other clients' reads flowing.
    if (System.getProperty("derby.locks.escalationThreshold") == null) {
      System.setProperty("derby.locks.escalationThreshold", "2000000");
    }
  }

  /** True when a workbench has been started on the server database {@code settings} names (its core history exists). */
  public static boolean hasWorkbench(DatabaseSettings settings) {
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.driverProperties());
        var st = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
            + " WHERE table_schema = current_schema() AND table_name = 'flyway_core_history'");
        var rs = st.executeQuery()) {
      return rs.next() && rs.getInt(1) > 0;
    } catch (SQLException e) {
      throw new DatabaseException("データベースに接続できません: " + settings.describe(), e);
    }
  }

  public DatabaseSettings settings() { return settings; }

  public DatabaseEngine engine() { return settings.engine(); }

  private void checkNotInUse() {
    try (Connection ignored = dataSource.getConnection()) {
      // opened: nobody else holds it
    } catch (SQLException e) {
      if (isInUse(e)) {
        throw new DatabaseException(
            "データベースは別のプロセス(起動中のワークベンチなど)が使用中です: " + settings.describe(), e);
      }
      throw new DatabaseException("データベースを開けません: " + settings.describe(), e);
    }
  }

  /** True when Derby refused the database because another process holds it (a server never does). */
  public static boolean isInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
        if ("XSDB6".equals(s.getSQLState())) return true;
      }
    }
    return false;
  }

  /** True when a write was refused for a key that is there already (SQL state 23505, on both engines): another writer won. */
  public static boolean isDuplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) return true;
    }
    return false;
  }

  /** Applies the migrations at {@code location}, found through {@code loader}, tracked in their own history table. */
  public void migrate(String location, ClassLoader loader, String historyTable) {
    // Flyway gets its own unpooled connections: it closes them in ways the pool reports as errors.
    Flyway.configure(loader)
        .dataSource(new UnpooledDataSource(settings.engine().driver(), settings.jdbcUrl(), settings.driverProperties()))
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(java.util.Map.of("binary", settings.engine().binaryType()))
        .load()
        .migrate();
  }

  /** Registers a MyBatis mapper interface (its XML is found beside it on the mapper's class path). */
  public void addMapper(Class<?> mapper) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    // Type names inside mapper XML resolve through the context class loader: use the mapper's own.
    Thread.currentThread().setContextClassLoader(mapper.getClassLoader());
    try {
      synchronized (factory) {
        if (!factory.getConfiguration().hasMapper(mapper)) factory.getConfiguration().addMapper(mapper);
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** Adds a MyBatis interceptor (e.g. one that hears which clients' data a commit changed); new sessions pass through it. */
  public void addInterceptor(org.apache.ibatis.plugin.Interceptor interceptor) {
    synchronized (factory) {
      factory.getConfiguration().addInterceptor(interceptor);
    }
  }

  /** Runs a read-only unit of work. */
  public <T> T read(Function<SqlSession, T> work) {
    try (SqlSession session = factory.openSession(false)) {
      return work.apply(session);
    }
  }

  /** Runs a unit of work in one transaction: committed if it returns, rolled back if it throws. */
  public <T> T write(Function<SqlSession, T> work) {
    try (SqlSession session = factory.openSession(false)) {
      T result = work.apply(session);
      session.commit(true);
      return result;
    }
  }

  /**
   * Like {@link #write}, on a session that queues inserts and updates as JDBC batches: they run at
   * {@link SqlSession#flushStatements()}, before any query, and at commit. Generated keys are not returned.
   */
  public <T> T writeBatch(Function<SqlSession, T> work) {
    try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
      T result = work.apply(session);
      session.commit(true);
      return result;
    }
  }

  /**
   * A session on {@code batch}'s connection, so in its transaction, whose statements run at once and return
   * generated keys: an import creates a customer or product without flushing the lines it has queued. Closing it
   * leaves the connection to {@code batch}, which commits or rolls back both.
   */
  public SqlSession sameTransaction(SqlSession batch) {
    Configuration configuration = factory.getConfiguration();
    return new org.apache.ibatis.session.defaults.DefaultSqlSession(configuration,
        new org.apache.ibatis.executor.SimpleExecutor(configuration,
            new org.apache.ibatis.transaction.managed.ManagedTransaction(batch.getConnection(), false)), false);
  }

  public void writeVoid(Consumer<SqlSession> work) {
    write(session -> {
      work.accept(session);
      return null;
    });
  }

  /**
   * Refreshes the optimiser's statistics of {@code table} (Derby's statistics procedure, PostgreSQL's
   * {@code VACUUM (ANALYZE)}, repeated while it left pages unmarked: {@link VisibilityMap}), in a unit of work of its own. A failure is not the caller's: the statistics only guide plans.
   */
  public void updateStatistics(String table) {
    try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
      st.execute(settings.engine().statisticsSql(table));
      if (!c.getAutoCommit()) c.commit();
      if (settings.engine() == DatabaseEngine.POSTGRESQL) VisibilityMap.settle(c, table);
    } catch (SQLException e) {
      log.warn("statistics not updated: {}", table, e);
    }
  }

  /** A connection of the pool, in auto-commit, for the engine's own procedures ({@link DerbyBackup}). */
  Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** True when the database answers. */
  public boolean isHealthy() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.forceCloseAll();
    if (!settings.isDerby()) return;
    try {
      DriverManager.getConnection("jdbc:derby:" + settings.derbyFolder() + ";shutdown=true").close();
    } catch (SQLException e) {
      // 08006 is Derby's way of saying the database shut down cleanly; XJ004, that another Database of this JVM
      // on the same folder (two hosts in one test) already shut it down.
      if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
        throw new DatabaseException("データベースを閉じられません", e);
      }
    }
  }
}
