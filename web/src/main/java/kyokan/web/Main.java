package kyokan.web;

/** Starts the workbench: {@code ./kyokan [--demo] [--port N] [--data DIR]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    WorkbenchConfig config;
    try {
      config = WorkbenchConfig.from(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("使い方 / usage: ./kyokan [--demo] [--port 7070] [--data data]");
      System.exit(2);
      return;
    }
    Workbench workbench = Workbench.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "kyokan-shutdown"));
    System.out.println("共感ワークベンチ: http://localhost:" + workbench.port() + "/");
  }
}
