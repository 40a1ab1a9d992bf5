package kyokan.core.jobs;

/** Where a long task reports how far it is. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (rows, share) -> { };

  void report(long rowsRead, double share);
}
