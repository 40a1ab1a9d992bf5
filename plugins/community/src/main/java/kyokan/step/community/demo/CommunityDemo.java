package kyokan.step.community.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.db.Database;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.TargetListService;
import kyokan.core.step.DemoContext;
import kyokan.step.community.club.Club;
import kyokan.step.community.club.ClubService;
import kyokan.step.community.club.Member;
import kyokan.step.community.common.CellsNow;
import kyokan.step.community.events.EventRow;
import kyokan.step.community.events.EventService;
import kyokan.step.community.events.Guest;
import kyokan.step.community.events.Invitation;
import kyokan.step.community.events.NewEvent;
import kyokan.step.community.intro.IntroService;
import kyokan.step.community.voice.NewSurvey;
import kyokan.step.community.voice.PromiseLog;
import kyokan.step.community.voice.ResponseRow;
import kyokan.step.community.voice.SurveyAnswers;
import kyokan.step.community.voice.SurveyQuestion;
import kyokan.step.community.voice.SurveyRow;
import kyokan.step.community.voice.SurveyService;

/**
 * Step 7 in the demo shop, generated from a fixed seed: a club whose members are 優良 and コツコツ customers who
 * joined over the last eight months, one tasting two months ago (the 優良 customers invited, replies and attendance
 * recorded, two walk-ins), introductions by eight members, and a survey with answers, comments and some replies.
 */
public final class CommunityDemo {
  static final long SEED = 20_261_107L;
  static final int MEMBERS = 36, INTRODUCERS = 8, INTRODUCED = 14, RESPONSES = 48, COMMENTS = 6;

  private CommunityDemo() {}

  public static void prepare(DemoContext ctx, Messages ja) {
    Random random = new Random(SEED);
    Database db = ctx.services().get(Database.class);
    Clock clock = ctx.services().get(Clock.class);
    long clientId = ctx.client().getId();
    long owner = ctx.owner().getId();
    LocalDate lastMonthEnd = YearMonth.from(ctx.today()).minusMonths(1).atEndOfMonth();
    CellsNow cells = CellsNow.at(ctx.services(), clientId, lastMonthEnd);
    ClubService club = new ClubService(db, clock);
    club.saveClub(clientId, new Club(ja.get("demo.club.name"), ja.get("demo.club.how"), ja.get("demo.club.perks")), owner);
    List<String> regulars = codesIn(cells, EnumSet.of(CpmCell.LOYAL, CpmCell.STEADY), random);
    for (String code : regulars.subList(0, Math.min(MEMBERS, regulars.size()))) {
      club.join(clientId, code, ctx.today().minusDays(20 + random.nextInt(220)), ja.get("demo.club.joinedHow"), owner);
    }
    List<Member> members = club.members(clientId);
    event(ctx, db, clock, random, ja);
    introductions(ctx, db, clock, random, members, cells);
    survey(ctx, db, clock, random, members, ja);
    new PromiseLog(db, clock).add(clientId, ctx.today().minusDays(40), ja.get("demo.promise.problem"),
        ja.get("demo.promise.happened"), ja.get("demo.promise.changed"), owner);
  }

  private static List<String> codesIn(CellsNow cells, Set<CpmCell> wanted, Random random) {
    List<String> codes = new ArrayList<>();
    for (int c = 0; c < cells.ledger().customerCount(); c++) {
      if (cells.cells().cellOf(c).filter(wanted::contains).isPresent() && cells.ledger().customerCode(c) != null) {
        codes.add(cells.ledger().customerCode(c));
      }
    }
    Collections.sort(codes);
    Collections.shuffle(codes, random);
    return codes;
  }

  private static void event(DemoContext ctx, Database db, Clock clock, Random random, Messages ja) {
    long clientId = ctx.client().getId();
    EventService events = new EventService(db, clock, ctx.services().get(TargetListService.class), ctx.services().get(ContactLog.class));
    LocalDate date = ctx.today().minusDays(63);
    long id = events.create(clientId, new NewEvent(ja.get("demo.event.title"), EventRow.Kind.TASTING, date,
        ja.get("demo.event.place"), 20, 15_000), ctx.owner().getId());
    events.invite(clientId, id, new Invitation(YearMonth.from(date).minusMonths(1).atEndOfMonth(), EnumSet.of(CpmCell.LOYAL),
        null, false, Channel.LETTER, date.minusDays(21), ja.get("events.invite.default")), ctx.owner().getId());
    Map<Long, Guest.Reply> replies = new HashMap<>();
    Set<Long> came = new HashSet<>();
    for (Guest g : events.guests(id)) {
      double r = random.nextDouble();
      Guest.Reply reply = r < 0.3 ? Guest.Reply.YES : r < 0.55 ? Guest.Reply.NO : Guest.Reply.NONE;
      replies.put(g.getCustomerId(), reply);
      if (reply == Guest.Reply.YES && random.nextDouble() < 0.85) came.add(g.getCustomerId());
    }
    events.record(clientId, id, replies, came, ctx.owner().getId());
    List<String> others = codesIn(CellsNow.at(ctx.services(), clientId, YearMonth.from(date).minusMonths(1).atEndOfMonth()),
        EnumSet.of(CpmCell.FIRST_TIMER, CpmCell.TODDLER), random);
    for (String code : others.subList(0, Math.min(2, others.size()))) events.addWalkIn(clientId, id, code, ctx.owner().getId());
  }

  private static void introductions(DemoContext ctx, Database db, Clock clock, Random random, List<Member> members, CellsNow cells) {
    long clientId = ctx.client().getId();
    IntroService intros = new IntroService(db, clock);
    List<String> codes = new ArrayList<>();
    for (Member m : members.subList(0, Math.min(INTRODUCERS, members.size()))) codes.add(intros.codeFor(clientId, m.getCustomerCode()));
    if (codes.isEmpty()) return;
    Set<Long> memberIds = new HashSet<>();
    for (Member m : members) memberIds.add(m.getCustomerId());
    CustomerSnapshot snapshot = ctx.services().get(AnalyticsService.class).snapshot(clientId, cells.asOf());
    List<String> newcomers = new ArrayList<>();
    for (int c = 0; c < cells.ledger().customerCount(); c++) {
      LocalDate first = snapshot.firstPurchase(c);
      if (first != null && first.isAfter(cells.asOf().minusMonths(10)) && !memberIds.contains(cells.ledger().customerId(c))
          && cells.ledger().customerCode(c) != null) {
        newcomers.add(cells.ledger().customerCode(c));
      }
    }
    Collections.sort(newcomers);
    Collections.shuffle(newcomers, random);
    for (String newcomer : newcomers.subList(0, Math.min(INTRODUCED, newcomers.size()))) {
      intros.record(clientId, newcomer, codes.get(random.nextInt(codes.size())), ctx.owner().getId());
    }
  }

  private static void survey(DemoContext ctx, Database db, Clock clock, Random random, List<Member> members, Messages ja) {
    long clientId = ctx.client().getId();
    SurveyService surveys = new SurveyService(db, clock);
    long id = surveys.create(clientId, new NewSurvey(ja.get("demo.survey.title"), false, List.of(
        new SurveyQuestion(1, ja.get("demo.survey.q1"), SurveyQuestion.Kind.TEXT),
        new SurveyQuestion(2, ja.get("demo.survey.q2"), SurveyQuestion.Kind.SCALE))), ctx.owner().getId());
    SurveyRow survey = surveys.survey(clientId, id);
    int[] weights = {1, 0, 1, 1, 1, 2, 3, 6, 9, 11, 13};
    int total = java.util.Arrays.stream(weights).sum();
    List<Long> withComments = new ArrayList<>();
    for (int i = 0; i < RESPONSES; i++) {
      int pick = random.nextInt(total), score = 0;
      while (pick >= weights[score]) pick -= weights[score++];
      String comment = i < COMMENTS ? ja.get("demo.comment." + (i + 1)) : null;
      Integer memberNo = random.nextDouble() < 0.3 && !members.isEmpty() ? members.get(random.nextInt(members.size())).getMemberNo() : null;
      Map<Integer, String> answers = Map.of(1, ja.get("demo.survey.a1." + (1 + random.nextInt(3))), 2, Integer.toString(3 + random.nextInt(3)));
      long responseId = surveys.answer(survey, new SurveyAnswers(score, answers, comment, memberNo),
          i % 3 == 0 ? ResponseRow.Source.PAPER : ResponseRow.Source.LINK);
      if (comment != null) withComments.add(responseId);
    }
    for (int i = 0; i < Math.min(3, withComments.size()); i++) {
      surveys.reply(clientId, withComments.get(i), ja.get("demo.reply." + (i + 1)), ja.get("demo.action." + (i + 1)), ctx.owner().getId());
    }
  }
}
