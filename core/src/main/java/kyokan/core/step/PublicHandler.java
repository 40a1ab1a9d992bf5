package kyokan.core.step;

/** Handles a request to a public page; answers a {@link StepResponse} (a page, a redirect or data). */
@FunctionalInterface
public interface PublicHandler {
  StepResponse handle(PublicRequest request) throws Exception;
}
