package kyokan.web;

import java.nio.file.Path;
import java.time.Clock;
import kyokan.core.step.CoreServices;
import kyokan.core.account.AccountService;
import kyokan.core.account.SessionService;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.engagement.EngagementService;
import kyokan.core.worksheet.WorksheetService;
import kyokan.web.plugin.StepRegistry;

/**
 * The core services and loaded steps the web layer works with; built once at start-up. {@code core}
 * holds the same services by type for the step plugins.
 */
public record Services(String version, Database db, StepRegistry steps, AccountService accounts, SessionService sessions,
    ClientService clients, EngagementService engagements, WorksheetService worksheets, Clock clock, Path dataDir,
    CoreServices core) {}
