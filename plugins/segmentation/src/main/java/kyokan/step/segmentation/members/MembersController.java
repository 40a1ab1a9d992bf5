package kyokan.step.segmentation.members;

import java.util.List;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.analytics.CustomerTablePage;
import kyokan.core.analytics.MonthCell;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.client.Client;
import kyokan.core.db.Database;
import kyokan.core.export.CsvEncoding;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerService;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentation.common.Definitions;

/**
 * The customers behind a cell or a move (sortable, 50 to a page), their export for a mail merge with
 * contact details of those who agreed to be contacted, and one customer's cells over time.
 */
public final class MembersController {
  private final StepTemplates templates;

  public MembersController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("members/{list}", this::showMembers);
    routes.get("members/{list}/export", this::exportMembers);
    routes.get("customers/{customerId}", this::showCustomer);
  }

  StepResponse showMembers(StepRequest req) {
    Client client = req.view().client();
    Listing listing = listing(req);
    MemberList list = listing.list();
    MonthChoice choice = listing.choice();
    CustomerList members = listing.members();
    FigureFormat format = FigureFormat.of(client);
    String month = choice.month().toString();
    String base = "/clients/" + client.getId() + "/steps/segmentation/";
    String title = list.title(req.view(), choice.month());
    int withoutConsent = Contacts.of(req.services().get(Database.class), client.getId(), members).withoutConsent(members);
    MembersPage view = new MembersPage(req.view(), format, month, choice.asOf(), title,
        list.definition(req.view(), new Definitions(req.view(), format), listing.cells(), choice.month()),
        base + (list.isCell() ? "cells" : "movement") + "?month=" + month, withoutConsent,
        CustomerTablePage.of(listing.table(), base + "members/" + list.name() + "?month=" + month, listing.sort(),
            listing.descending(), req.query("page").orElse(null)));
    return StepResponse.page(title, templates.render("members/members.jte", view));
  }

  StepResponse exportMembers(StepRequest req) {
    Client client = req.view().client();
    Listing listing = listing(req);
    MemberList list = listing.list();
    MonthChoice choice = listing.choice();
    CustomerList members = listing.members();
    CustomerTable table = listing.table();
    boolean everyone = req.query("include").filter("all"::equals).isPresent();
    Contacts contacts = Contacts.of(req.services().get(Database.class), client.getId(), members);
    CsvEncoding encoding = CsvEncoding.fromUrlName(req.query("encoding").orElse(""));
    return StepResponse.csv("segmentation-" + list.name() + "-" + choice.month() + (everyone ? "-all" : ""),
        MemberExport.header(req.view(), everyone), MemberExport.rows(req.view(), FigureFormat.of(client), table, contacts,
            everyone), encoding);
  }

  StepResponse showCustomer(StepRequest req) {
    Client client = req.view().client();
    long customerId;
    try {
      customerId = Long.parseLong(req.pathParam("customerId").orElse(""));
    } catch (NumberFormatException e) {
      throw notFound();
    }
    Customer customer = req.services().get(CustomerService.class).get(client.getId(), customerId);
    MonthChoice choice = choice(req);
    List<MonthCell> history = segmentation(req).customerHistory(client.getId(), customerId, choice.month());
    CustomerHistoryPage page = new CustomerHistoryPage(req.view(), FigureFormat.of(client), customer, choice.month().toString(),
        CellStretch.of(history), newestFirst(history));
    return StepResponse.page(customer.getLabel(), templates.render("members/customer.jte", page));
  }

  private static List<MonthCell> newestFirst(List<MonthCell> history) {
    List<MonthCell> list = new java.util.ArrayList<>(history);
    java.util.Collections.reverse(list);
    return list;
  }

  /** A member list as its link asks for it: which list, which month end, sorted how. */
  private record Listing(MemberList list, MonthChoice choice, CpmCells cells, CustomerList members,
      CustomerTable.Column sort, boolean descending, CustomerTable table) {}

  private static Listing listing(StepRequest req) {
    long clientId = req.view().client().getId();
    MemberList list = list(req);
    MonthChoice choice = choice(req);
    CpmCells cells = segmentation(req).cells(clientId, choice.asOf());
    CustomerList members = list.members(segmentation(req), clientId, choice.month(), cells);
    CustomerTable.Column sort = CustomerTable.column(req.query("sort").orElse(""));
    boolean descending = CustomerTable.descending(req.query("desc").orElse(""), sort);
    CustomerTable table = CustomerTable.of(req.services().get(AnalyticsService.class).snapshot(clientId, choice.asOf()),
        cells, members).sortedBy(sort, descending);
    return new Listing(list, choice, cells, members, sort, descending, table);
  }

  private static MemberList list(StepRequest req) {
    return MemberList.named(req.pathParam("list").orElse("")).orElseThrow(MembersController::notFound);
  }

  private static MonthChoice choice(StepRequest req) {
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    return MonthChoice.of(analytics, req.view().client().getId(), req.query("month")).orElseThrow(MembersController::notFound);
  }

  private static SegmentationService segmentation(StepRequest req) {
    return req.services().get(SegmentationService.class);
  }

  private static NotFoundException notFound() {
    return new NotFoundException("segmentation list, customer or month");
  }
}
