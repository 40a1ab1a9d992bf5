package kyokan.core.step;

/** Handles one request to a step's page; thin: parse, call a core service, answer. */
@FunctionalInterface
public interface StepHandler {
  StepResponse handle(StepRequest request) throws Exception;
}
