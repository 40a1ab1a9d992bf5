package kyokan.core.sales;

public interface LedgerVersionMapper {
  Long selectVersion(long clientId);

  int incrementVersion(long clientId);

  void insertVersion(long clientId);
}
