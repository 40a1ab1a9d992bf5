package kyokan.step.newcustomercare.sequence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import kyokan.core.outreach.Channel;

/**
 * The sequence form as typed: a start date, the holdout share and up to {@link SequenceService#MAX_STEPS} rows; a
 * row left wholly blank is no step. Reading it gives the steps or the fields that cannot be read.
 */
public record SequenceForm(String startDate, String holdout, List<Row> rows) {
  static final int BLANK_ROWS = 2;

  /** One row as typed. */
  public record Row(String days, Channel channel, String message, boolean skipIfRepurchased) {
    boolean blank() {
      return days.isBlank() && message.isBlank();
    }
  }

  public static SequenceForm of(SequenceVersion v) {
    List<Row> rows = new ArrayList<>();
    for (SequenceStep s : v.steps()) rows.add(new Row(String.valueOf(s.daysAfter()), s.channel(), s.message(), s.skipIfRepurchased()));
    // Two blank rows to add a contact; more after the next save.
    for (int i = 0; i < BLANK_ROWS && rows.size() < SequenceService.MAX_STEPS; i++) rows.add(new Row("", Channel.POSTCARD, "", true));
    return new SequenceForm(v.startDate().toString(), String.valueOf(v.holdoutPercent()), rows);
  }

  public static SequenceForm read(Function<String, Optional<String>> form) {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= SequenceService.MAX_STEPS; i++) {
      rows.add(new Row(form.apply("days." + i).orElse("").strip(),
          Channel.parse(form.apply("channel." + i).orElse("")).orElse(Channel.POSTCARD),
          form.apply("message." + i).orElse("").strip(), form.apply("skip." + i).isPresent()));
    }
    return new SequenceForm(form.apply("startDate").orElse("").strip(), form.apply("holdout").orElse("").strip(), rows);
  }

  /** The non-blank rows as steps numbered 1, 2…; unreadable fields go into {@code errors} (keyed by step number). */
  public List<SequenceStep> steps(Map<String, String> errors) {
    List<SequenceStep> steps = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.blank()) continue;
      Integer days = integer(r.days());
      if (days == null) errors.put("days." + (steps.size() + 1), "error.days");
      steps.add(new SequenceStep(steps.size() + 1, days == null ? -1 : days, r.channel(), r.message(), r.skipIfRepurchased()));
    }
    return steps;
  }

  public LocalDate start(Map<String, String> errors) {
    try {
      return LocalDate.parse(startDate);
    } catch (DateTimeParseException e) {
      errors.put("startDate", "error.startDate");
      return null;
    }
  }

  public int holdoutPercent(Map<String, String> errors) {
    Integer p = integer(holdout);
    if (p == null) errors.put("holdout", "error.holdout");
    return p == null ? -1 : p;
  }

  /** Errors keyed by step number, moved to the rows they came from (step n is the n-th non-blank row). */
  public Map<String, String> byRow(Map<String, String> errors) {
    Map<String, String> mapped = new LinkedHashMap<>();
    List<Integer> filled = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) if (!rows.get(i).blank()) filled.add(i + 1);
    for (var e : errors.entrySet()) {
      String[] parts = e.getKey().split("\\.");
      if (parts.length == 2 && parts[1].matches("\\d+")) {
        int step = Integer.parseInt(parts[1]);
        mapped.put(parts[0] + "." + (step <= filled.size() ? filled.get(step - 1) : step), e.getValue());
      } else {
        mapped.put(e.getKey(), e.getValue());
      }
    }
    return mapped;
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
