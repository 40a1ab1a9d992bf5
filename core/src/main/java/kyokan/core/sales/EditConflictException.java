package kyokan.core.sales;

/** Someone saved the product or customer after the form was loaded; nothing was written. */
public class EditConflictException extends RuntimeException {
  public EditConflictException(String what) {
    super(what + " changed since the form was loaded");
  }
}
