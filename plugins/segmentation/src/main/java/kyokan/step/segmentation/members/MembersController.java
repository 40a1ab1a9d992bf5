package kyokan.step.segmentation.members;

import java.time.YearMonth;
import java.util.List;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.analytics.MonthCell;
import kyokan.core.client.Client;
import kyokan.core.db.Database;
import kyokan.core.export.CsvEncoding;
import kyokan.core.export.CsvExport;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerService;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentation.common.Definitions;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.analytics.MonthChoice;

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
    MemberList list = list(req);
    MonthChoice choice = choice(req);
    CpmCells cells = segmentation(req).cells(client.getId(), choice.asOf());
    CustomerList members = list.members(segmentation(req), client.getId(), choice.month(), cells);
    CustomerTable.Column sort = column(req);
    boolean descending = descending(req, sort);
    CustomerTable table = table(req, choice, cells, members).sortedBy(sort, descending);
    int pages = Math.max(1, (table.size() + MembersPage.PAGE_SIZE - 1) / MembersPage.PAGE_SIZE);
    int page = Math.min(pages, Math.max(1, req.query("page").map(MembersController::number).orElse(1)));
    FigureFormat format = FigureFormat.of(client);
    String month = choice.month().toString();
    String base = "/clients/" + client.getId() + "/steps/segmentation/";
    String title = list.title(req.view(), choice.month());
    int withoutConsent = Contacts.of(req.services().get(Database.class), client.getId(), members).withoutConsent(members);
    MembersPage view = new MembersPage(req.view(), format, month, choice.asOf(), title,
        list.definition(req.view(), new Definitions(req.view(), format), cells, choice.month()),
        base + "members/" + list.name() + "?month=" + month, base + (list.isCell() ? "cells" : "movement") + "?month=" + month,
        sort, descending, page, pages, table.size(), withoutConsent,
        table.rows((page - 1) * MembersPage.PAGE_SIZE, MembersPage.PAGE_SIZE));
    return StepResponse.page(title, templates.render("members/members.jte", view));
  }

  StepResponse exportMembers(StepRequest req) {
    Client client = req.view().client();
    MemberList list = list(req);
    MonthChoice choice = choice(req);
    CpmCells cells = segmentation(req).cells(client.getId(), choice.asOf());
    CustomerList members = list.members(segmentation(req), client.getId(), choice.month(), cells);
    CustomerTable.Column sort = column(req);
    CustomerTable table = table(req, choice, cells, members).sortedBy(sort, descending(req, sort));
    boolean everyone = req.query("include").filter("all"::equals).isPresent();
    Contacts contacts = Contacts.of(req.services().get(Database.class), client.getId(), members);
    CsvEncoding encoding = CsvEncoding.fromUrlName(req.query("encoding").orElse(""));
    byte[] csv = CsvExport.write(MemberExport.header(req.view(), everyone),
        MemberExport.rows(req.view(), FigureFormat.of(client), table, contacts, everyone), encoding);
    String name = "segmentation-" + list.name() + "-" + choice.month() + (everyone ? "-all" : "")
        + (encoding == CsvEncoding.SHIFT_JIS ? "-sjis" : "") + ".csv";
    return StepResponse.download(name, "text/csv; charset=" + (encoding == CsvEncoding.SHIFT_JIS ? "Shift_JIS" : "UTF-8"), csv);
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

  private static CustomerTable table(StepRequest req, MonthChoice choice, CpmCells cells, CustomerList members) {
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    return CustomerTable.of(analytics.snapshot(req.view().client().getId(), choice.asOf()), cells, members);
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

  private static CustomerTable.Column column(StepRequest req) {
    return CustomerTable.column(req.query("sort").orElse(""));
  }

  private static boolean descending(StepRequest req, CustomerTable.Column sort) {
    return CustomerTable.descending(req.query("desc").orElse(""), sort);
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("segmentation list, customer or month");
  }
}
