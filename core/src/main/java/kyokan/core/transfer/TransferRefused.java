package kyokan.core.transfer;

/** A client file that cannot be imported here, said in Japanese and English; nothing was written. */
public final class TransferRefused extends RuntimeException {
  public TransferRefused(String message) {
    super(message);
  }
}
