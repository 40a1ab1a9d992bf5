package kyokan.step.datacapture.importing;

import java.util.List;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.MappingProblem;
import kyokan.core.importing.TablePreview;
import kyokan.core.importing.TargetField;
import kyokan.core.step.StepView;
import kyokan.step.datacapture.upload.StoredUpload;

/** The preview of an uploaded file with the proposed column for each field, to correct before checking. */
public record MappingPage(StepView view, String csrf, StoredUpload upload, ImportKind kind, ImportOptions options,
    List<String> sheets, TablePreview preview, ColumnMapping mapping, boolean fromSaved, List<MappingProblem> problems) {

  public List<String> columns() {
    return ColumnMapping.columnKeys(preview.header());
  }

  public String selected(TargetField field) {
    return mapping.column(field).orElse("");
  }

  public String fieldName(TargetField field) {
    return MappingForm.field(field);
  }
}
