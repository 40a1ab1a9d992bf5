package kyokan.step.datacapture.importing;

import java.util.List;
import kyokan.core.sales.SalesImport;
import kyokan.core.step.StepView;

public record HistoryPage(StepView view, String csrf, List<SalesImport> imports) {}
