package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kyokan.web.support.ImportPagesFlow.fields;
import static kyokan.web.support.ImportPagesFlow.finished;
import static kyokan.web.support.ImportPagesFlow.form;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.step.DataFolder;
import kyokan.web.support.Fixture;
import kyokan.web.support.ImportPagesFlow;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload is deleted as soon as its import has finished (issue 18.6); the ledger keeps what it needs. */
class UploadCleanupTest {
  @TempDir Path temp;

  @Test
  void theUploadIsGoneOnceItsImportFinished() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture fixture = new Fixture(host.services());
      WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
      String base = "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP + "/";
      owner.get(base + "import");
      byte[] csv = "日付,伝票番号,顧客コード,商品名,数量,金額\n2025-01-05,A-1,C1,ブレンド,1,550\n2025-01-06,A-2,C2,ラテ,2,1200\n"
          .getBytes(StandardCharsets.UTF_8);
      WebClient.Response uploaded = owner.postFile(base + "import", "file", "sales.csv", csv, Map.of("kind", "SALES"));
      String uploadId = ImportPagesFlow.uploadId(uploaded);
      Path folder = host.services().core().get(DataFolder.class).uploads().resolve(String.valueOf(fixture.clientX.getId())).resolve(uploadId);
      assertTrue(Files.isDirectory(folder), "kept while it is being mapped and checked");

      String mapping = form(owner.get(uploaded.location()).body(), "mapping-form");
      WebClient.Response checked = owner.post(base + "import/" + uploadId + "/check", fields(mapping));
      String checkPage = finished(owner, checked.location());
      WebClient.Response run = owner.post(base + "import/" + uploadId + "/run", fields(form(checkPage, "/run\"")));
      finished(owner, run.location());

      assertEquals(2, host.services().core().get(kyokan.core.sales.SalesImportService.class)
          .history(fixture.clientX.getId()).get(0).getRowsImported());
      assertFalse(Files.exists(folder), "deleted once imported");
      assertTrue(host.services().core().get(SharedFiles.class).find(fixture.clientX.getId(), uploadId).isEmpty(),
          "and from the database, where every process could read it");
    }
  }
}
