package kyokan.step.datacapture.entry;

import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** Hand entry and clean-up for shops without a till export: customers, products, orders, duplicates. */
public final class EntryRoutes {
  private EntryRoutes() {}

  public static void register(StepRoutes routes, StepTemplates templates) {
    new CustomerController(templates).register(routes);
    new ProductController(templates).register(routes);
    new OrderController(templates).register(routes);
    new DuplicateController(templates).register(routes);
  }
}
