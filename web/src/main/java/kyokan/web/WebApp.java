package kyokan.web;

import static kyokan.web.auth.Access.ADMIN;
import static kyokan.web.auth.Access.CLIENT;
import static kyokan.web.auth.Access.CLIENT_CONSULTANT;
import static kyokan.web.auth.Access.CONSULTANT;
import static kyokan.web.auth.Access.PUBLIC;
import static kyokan.web.auth.Access.SIGNED_IN;
import static kyokan.web.auth.Access.STEP;
import static kyokan.web.auth.Access.STEP_CLIENT_USER;
import static kyokan.web.auth.Access.STEP_CONSULTANT;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import kyokan.web.account.AccountController;
import kyokan.web.admin.AdminController;
import kyokan.web.cockpit.CockpitController;
import kyokan.web.cockpit.WhatWorkedController;
import kyokan.web.meeting.CalendarController;
import kyokan.web.auth.AccessGuard;
import kyokan.web.client.ClientController;
import kyokan.web.engagement.EngagementController;
import kyokan.web.http.ErrorPages;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.http.SecurityHeaders;
import kyokan.web.http.TrustedProxies;
import kyokan.web.report.ReportController;
import kyokan.web.meeting.MeetingController;
import kyokan.web.status.StatusController;
import kyokan.web.step.PluginRoutes;
import kyokan.web.step.PublicStepRoutes;
import kyokan.web.step.StepController;

/** The HTTP application: every route with its access rule, in one place. */
public final class WebApp {
  private WebApp() {}

  public static Javalin create(Services services) {
    return create(services, new TrustedProxies(java.util.Set.of()));
  }

  /** With the proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are believed. */
  public static Javalin create(Services services, TrustedProxies proxies) {
    Pages pages = new Pages(services);
    AccessGuard guard = new AccessGuard(services);
    AccountController account = new AccountController(services, pages);
    ClientController clients = new ClientController(services, pages);
    EngagementController engagements = new EngagementController(services, pages, clients);
    StepController steps = new StepController(services, pages);
    StatusController status = new StatusController(services, pages);
    MeetingController meetings = new MeetingController(services, pages);
    CockpitController cockpit = new CockpitController(services, pages);
    CalendarController calendar = new CalendarController(services, pages);
    AdminController admin = new AdminController(services, pages);

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // Shop exports can be hundreds of megabytes: spool uploads to disk, never hold them in memory.
      config.jetty.multipartConfig.cacheDirectory(System.getProperty("java.io.tmpdir"));
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.jetty.multipartConfig.maxFileSize(1024, SizeUnit.MB);
      config.jetty.multipartConfig.maxTotalRequestSize(1024, SizeUnit.MB);
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      proxies.attach(ctx);
      SecurityHeaders.apply(ctx);
      RequestState.attach(ctx, services.sessions());
    });
    app.beforeMatched(guard::check);
    ErrorPages.register(app, pages);

    app.get("/health", status::health, PUBLIC);
    app.get("/login", account::showLogin, PUBLIC);
    app.post("/login", account::login, PUBLIC);
    app.post("/language", account::switchLanguage, PUBLIC);
    app.post("/logout", account::logout, SIGNED_IN);
    app.get("/account/password", account::showPasswordChange, SIGNED_IN);
    app.post("/account/password", account::changePassword, SIGNED_IN);

    app.get("/", ctx -> clients.showHome(ctx, cockpit), SIGNED_IN);
    app.post("/cockpit/reports", cockpit::startPrintAll, CONSULTANT);
    app.get("/cockpit/campaigns", new WhatWorkedController(services, pages)::showWhatWorked, CONSULTANT);
    app.get("/cockpit/reports/{jobId}", cockpit::showPrintJob, CONSULTANT);
    app.get("/cockpit/reports/{jobId}/zip", cockpit::downloadPrintZip, CONSULTANT);
    app.get("/meetings", calendar::showMonth, CONSULTANT);
    app.get("/meetings/new", calendar::choosePlanClient, CONSULTANT);
    app.get("/clients/{clientId}/meetings/new", calendar::showPlanForm, CLIENT_CONSULTANT);
    app.post("/clients/{clientId}/meetings", calendar::planMeeting, CLIENT_CONSULTANT);
    app.get("/admin/consultants", admin::showConsultants, ADMIN);
    app.post("/admin/consultants", admin::createConsultant, ADMIN);
    app.post("/admin/consultants/{consultantId}/deactivate", admin::deactivate, ADMIN);
    app.post("/admin/consultants/{consultantId}/activate", admin::activate, ADMIN);
    app.get("/admin/clients", admin::showClients, ADMIN);
    app.post("/admin/clients/{clientId}/handover", admin::handOver, ADMIN);
    app.get("/status", status::showPlugins, CONSULTANT);
    app.get("/clients/new", clients::showNewClient, CONSULTANT);
    app.post("/clients", clients::createClient, CONSULTANT);
    app.get("/clients/{clientId}", clients::showClient, CLIENT);
    app.post("/clients/{clientId}/users", clients::createClientUser, CLIENT_CONSULTANT);
    app.post("/clients/{clientId}/engagements", engagements::startEngagement, CLIENT_CONSULTANT);
    app.get("/clients/{clientId}/engagements/{engagementId}", engagements::showTimeline, CLIENT_CONSULTANT);
    app.get("/clients/{clientId}/engagements/{engagementId}/report.pdf", new ReportController(services)::downloadReport, CLIENT_CONSULTANT);
    app.post("/clients/{clientId}/engagements/{engagementId}/steps/{stepId}/unlock", engagements::unlockStep, CLIENT_CONSULTANT);
    app.post("/clients/{clientId}/engagements/{engagementId}/steps/{stepId}/lock", engagements::lockStep, CLIENT_CONSULTANT);

    String meeting = "/clients/{clientId}/engagements/{engagementId}/meetings/{meetingId}";
    app.post("/clients/{clientId}/engagements/{engagementId}/meetings", meetings::openMeeting, CLIENT_CONSULTANT);
    app.get(meeting, meetings::showMeeting, CLIENT_CONSULTANT);
    app.post(meeting + "/notes", meetings::saveNotes, CLIENT_CONSULTANT);
    app.post(meeting + "/decisions", meetings::addDecision, CLIENT_CONSULTANT);
    app.post(meeting + "/decisions/{decisionId}/delete", meetings::deleteDecision, CLIENT_CONSULTANT);
    app.post(meeting + "/action-items", meetings::addActionItem, CLIENT_CONSULTANT);
    app.post(meeting + "/action-items/{itemId}/delete", meetings::deleteActionItem, CLIENT_CONSULTANT);
    // The client's users see and tick off their own items; which items are theirs is the service's rule.
    app.get("/clients/{clientId}/action-items", meetings::showItems, CLIENT);
    app.post("/clients/{clientId}/action-items/{itemId}/done", meetings::setItemDone, CLIENT);

    app.get("/clients/{clientId}/steps/{stepId}", steps::showStep, STEP);
    app.post("/clients/{clientId}/steps/{stepId}/worksheet", steps::saveWorksheet, STEP_CLIENT_USER);
    app.post("/clients/{clientId}/steps/{stepId}/worksheet/comments", steps::addComment, STEP_CONSULTANT);
    app.post("/clients/{clientId}/steps/{stepId}/worksheet/review", steps::markReviewed, STEP_CONSULTANT);
    PluginRoutes.mount(app, services, pages);
    PublicStepRoutes.mount(app, services, pages);
    return app;
  }
}
