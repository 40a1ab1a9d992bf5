package kyokan.step.datacapture.importing;

import java.util.List;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.client.Client;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.MappingPreset;
import kyokan.core.importing.MappingProposer;
import kyokan.core.importing.TablePreview;
import kyokan.core.importing.TableReader;
import kyokan.core.importing.TextEncoding;
import kyokan.core.importing.UnreadableFileException;
import kyokan.core.jobs.Job;
import kyokan.core.jobs.JobRunner;
import kyokan.core.jobs.UserFacingException;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.datacapture.upload.StoredUpload;
import kyokan.step.datacapture.upload.UploadStore;

/**
 * The import flow: upload a file → preview and column mapping → validation of every row → import of
 * the valid rows in one transaction → history with undo. Long passes run as background jobs whose page
 * refreshes itself, so it works without JavaScript.
 */
public final class ImportController {
  static final int PREVIEW_ROWS = 10;
  private final StepTemplates templates;

  public ImportController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("import", this::showUpload);
    routes.post("import", this::upload);
    routes.get("import/{uploadId}", this::showMapping);
    routes.post("import/{uploadId}/check", this::checkMapping);
    routes.post("import/{uploadId}/run", this::runImport);
    routes.get("jobs/{jobId}", this::showJob);
    routes.get("history", this::showHistory);
    routes.post("history/{importId}/undo", this::undo);
  }

  StepResponse showUpload(StepRequest req) {
    return page(req, "import.title", "importing/upload.jte", new UploadPage(req.view(), req.csrfToken(), null));
  }

  StepResponse upload(StepRequest req) {
    Client client = req.view().client();
    Optional<kyokan.core.step.Upload> file = req.upload("file");
    if (file.isEmpty()) {
      return page(req, "import.title", "importing/upload.jte", new UploadPage(req.view(), req.csrfToken(), "import.error.noFile"));
    }
    StoredUpload stored;
    try (var in = file.get().open()) {
      stored = uploads(req).save(client.getId(), file.get().fileName(), in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String kind = ImportKindParam.of(req.form("kind").orElse("SALES")).name();
    return StepResponse.redirect(base(req) + "import/" + stored.id() + "?kind=" + kind);
  }

  StepResponse showMapping(StepRequest req) {
    StoredUpload upload = storedUpload(req);
    ImportKind kind = ImportKindParam.of(req.query("kind").orElse("SALES"));
    ImportOptions options;
    TablePreview preview;
    List<String> sheets = List.of();
    try {
      options = options(req, upload);
      if (upload.isWorkbook()) sheets = TableReader.sheetNames(upload.path());
      preview = TableReader.preview(upload.path(), options, PREVIEW_ROWS);
    } catch (UnreadableFileException e) {
      return page(req, "import.title", "importing/upload.jte", new UploadPage(req.view(), req.csrfToken(), e.getMessage()));
    }
    long clientId = req.view().client().getId();
    Optional<ColumnMapping> saved = req.services().get(ImportMappingService.class)
        .find(clientId, kind).map(ColumnMapping::decode);
    int digits = req.view().client().getMinorDigits();
    Optional<MappingPreset> preset = req.query("preset").flatMap(ImportController::preset);
    ColumnMapping mapping = preset.isPresent() ? preset.get().apply(preview.header(), digits)
        : MappingProposer.propose(kind, preview, digits, saved.orElse(null));
    return page(req, "import.mapping.title", "importing/mapping.jte",
        new MappingPage(req.view(), req.csrfToken(), upload, kind, options, sheets, preview, mapping, saved.isPresent() && preset.isEmpty(), List.of()));
  }

  StepResponse checkMapping(StepRequest req) {
    StoredUpload upload = storedUpload(req);
    ImportKind kind = ImportKindParam.of(req.form("kind").orElse("SALES"));
    ImportOptions options = options(req, upload);
    TablePreview preview = TableReader.preview(upload.path(), options, PREVIEW_ROWS);
    ColumnMapping mapping = MappingForm.read(req, kind, req.view().client().getMinorDigits());
    var problems = mapping.problems(preview.header());
    if (!problems.isEmpty()) {
      return page(req, "import.mapping.title", "importing/mapping.jte", new MappingPage(req.view(), req.csrfToken(), upload, kind,
          options, List.of(), preview, mapping, false, problems));
    }
    long clientId = req.view().client().getId();
    req.services().get(ImportMappingService.class)
        .save(clientId, kind, mapping.encode(), req.view().user());
    String jobId = ImportJobs.validate(req.services(), clientId, upload, options, mapping, kind);
    return StepResponse.redirect(base(req) + "jobs/" + jobId);
  }

  StepResponse runImport(StepRequest req) {
    StoredUpload upload = storedUpload(req);
    ImportKind kind = ImportKindParam.of(req.form("kind").orElse("SALES"));
    ColumnMapping mapping = ColumnMapping.decode(req.form("mapping").orElseThrow(() -> new ValidationException("mapping", "import.error.mapping")));
    try {
      String jobId = ImportJobs.importRows(req.services(), req.view().client().getId(), upload, options(req, upload), mapping,
          kind, req.view().user(), checkedInvalidRows(req, upload, mapping));
      return StepResponse.redirect(base(req) + "jobs/" + jobId);
    } catch (UserFacingException alreadyImported) {
      return page(req, "import.title", "importing/upload.jte", new UploadPage(req.view(), req.csrfToken(), alreadyImported.getMessage()));
    }
  }

  /** The problem count of the check this import follows, if that check is still known and was of this file and mapping. */
  private static Long checkedInvalidRows(StepRequest req, StoredUpload upload, ColumnMapping mapping) {
    return req.form("checkJob").flatMap(id -> jobs(req).find(req.view().client().getId(), id)).flatMap(job -> outcome(req, job))
        .map(JobOutcome::checked)
        .filter(c -> c.uploadId().equals(upload.id()) && c.mapping().equals(mapping.encode()))
        .map(c -> c.summary().invalidRows()).orElse(null);
  }

  StepResponse showJob(StepRequest req) {
    long clientId = req.view().client().getId();
    String jobId = req.pathParam("jobId").orElseThrow();
    Job job = jobs(req).find(clientId, jobId).orElseThrow(() -> new NotFoundException("job"));
    Optional<JobOutcome> outcome = outcome(req, job);
    SalesImport imported = outcome.map(JobOutcome::imported)
        .flatMap(i -> req.services().get(SalesImportService.class).find(clientId, i.importId())).orElse(null);
    return page(req, "import.job.title", "importing/job.jte",
        new JobPage(req.view(), req.csrfToken(), job, outcome.map(JobOutcome::checked).orElse(null), imported));
  }

  /** What the job left once finished (nothing before), read from wherever it ran. */
  private static Optional<JobOutcome> outcome(StepRequest req, Job job) {
    return jobs(req).result(job).map(JobOutcome::decode);
  }

  private static JobRunner jobs(StepRequest req) {
    return req.services().get(JobRunner.class);
  }

  StepResponse showHistory(StepRequest req) {
    var history = req.services().get(SalesImportService.class).history(req.view().client().getId());
    return page(req, "import.history.title", "importing/history.jte", new HistoryPage(req.view(), req.csrfToken(), history));
  }

  StepResponse undo(StepRequest req) {
    long importId;
    try {
      importId = Long.parseLong(req.pathParam("importId").orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException("import");
    }
    req.services().get(SalesImportService.class).undo(req.view().client().getId(), importId, req.view().user());
    return StepResponse.redirect(base(req) + "history");
  }

  private StepResponse page(StepRequest req, String titleKey, String template, Object view) {
    return StepResponse.page(req.view().t(titleKey), templates.render(template, view));
  }

  private static UploadStore uploads(StepRequest req) {
    return ImportJobs.uploads(req.services());
  }

  private static StoredUpload storedUpload(StepRequest req) {
    return uploads(req).find(req.view().client().getId(), req.pathParam("uploadId").orElse(""))
        .orElseThrow(() -> new NotFoundException("upload"));
  }

  private static Optional<MappingPreset> preset(String name) {
    return java.util.Arrays.stream(MappingPreset.values()).filter(p -> p.name().equals(name)).findFirst();
  }

  /** Detected options, with the user's choice of encoding and sheet when they made one. */
  private static ImportOptions options(StepRequest req, StoredUpload upload) {
    ImportOptions options = ImportOptions.detect(upload.path());
    Optional<String> encoding = req.form("encoding").or(() -> req.query("encoding")).filter(e -> !e.isBlank());
    if (encoding.isPresent() && !upload.isWorkbook()) {
      try {
        options = options.withEncoding(TextEncoding.valueOf(encoding.get()));
      } catch (IllegalArgumentException e) {
        throw new ValidationException("encoding", "import.error.encoding");
      }
    }
    Optional<String> sheet = req.form("sheet").or(() -> req.query("sheet")).filter(s -> !s.isBlank());
    return sheet.isPresent() && upload.isWorkbook() ? options.withSheet(sheet.get()) : options;
  }

  static String base(StepRequest req) {
    return "/clients/" + req.view().client().getId() + "/steps/data-capture/";
  }
}
