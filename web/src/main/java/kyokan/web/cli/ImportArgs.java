package kyokan.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.DateOrder;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.MappingPreset;
import kyokan.core.importing.MappingProposer;
import kyokan.core.importing.TablePreview;
import kyokan.core.importing.TargetField;
import kyokan.core.importing.TextEncoding;

/**
 * What {@code ./kyokan import} is told about the file, as the browser's mapping page says it: the file
 * ({@code --file} or the last argument), its kind, encoding, delimiter, sheet, a preset, the date order
 * and {@code --map field=column}s laid over the saved (or proposed) mapping.
 */
final class ImportArgs {
  static final Set<String> OPTIONS = Set.of("--client", "--file", "--kind", "--encoding", "--delimiter", "--sheet",
      "--preset", "--date-order", "--map", "--data", "--db", "--db-password-file");
  static final Set<String> FLAGS = Set.of("--skip-invalid", "--dry-run");

  private final CommandLine args;

  ImportArgs(CommandLine args) {
    this.args = args;
  }

  public static CommandLine parse(String[] raw) {
    return new CommandLine(raw, OPTIONS, FLAGS, Set.of("--map"), 1);
  }

  Path file() {
    List<String> positional = args.positional();
    if (args.option("--file").isPresent() && !positional.isEmpty()) {
      throw new CommandException("error.fileTwice", args.option("--file").get(), positional.get(0));
    }
    Path file = Path.of(args.option("--file").orElseGet(() -> positional.isEmpty() ? args.required("--file") : positional.get(0)));
    if (!Files.isRegularFile(file)) throw new CommandException("error.fileNotFound", file);
    return file;
  }

  ImportKind kind() {
    return args.option("--kind").map(k -> Choices.of(ImportKind.class, "--kind", k)).orElse(ImportKind.SALES);
  }

  /** The detected options with the ones given on the command line put over them. */
  ImportOptions options(Path file) {
    ImportOptions options = ImportOptions.detect(file);
    if (args.option("--encoding").isPresent()) {
      options = options.withEncoding(Choices.of(TextEncoding.class, "--encoding", args.option("--encoding").get()));
    }
    if (args.option("--delimiter").isPresent()) options = options.withDelimiter(delimiter(args.option("--delimiter").get()));
    if (args.option("--sheet").isPresent()) options = options.withSheet(args.option("--sheet").get());
    return options;
  }

  /** The saved mapping (else the proposed one), then the preset, then the date order and each {@code --map}. */
  ColumnMapping mapping(ImportKind kind, TablePreview preview, int minorDigits, ColumnMapping saved) {
    ColumnMapping mapping = args.option("--preset")
        .map(p -> Choices.of(MappingPreset.class, "--preset", p).apply(preview.header(), minorDigits))
        .orElseGet(() -> MappingProposer.propose(kind, preview, minorDigits, saved));
    if (args.option("--date-order").isPresent()) {
      mapping = mapping.withDateOrder(Choices.of(DateOrder.class, "--date-order", args.option("--date-order").get()));
    }
    for (String map : args.options("--map")) {
      int eq = map.indexOf('=');
      if (eq <= 0) throw new CommandException("error.map", map);
      TargetField field = TargetField.ofKey(map.substring(0, eq).strip());
      if (field == null || !kind.fields().contains(field)) {
        throw new CommandException("error.mapField", map.substring(0, eq).strip(), fieldNames(kind));
      }
      mapping = mapping.withColumn(field, map.substring(eq + 1).strip());
    }
    return mapping;
  }

  static String fieldNames(ImportKind kind) {
    return kind.fields().stream().map(TargetField::key).collect(Collectors.joining(", "));
  }

  static String presetNames() {
    return Choices.names(MappingPreset.class);
  }

  /** One character, or a name for the ones a shell makes awkward; "space" and "whitespace" mean runs of blanks. */
  static char delimiter(String given) {
    return switch (given.toLowerCase(Locale.ROOT)) {
      case "tab", "\\t" -> '\t';
      case "comma" -> ',';
      case "semicolon" -> ';';
      case "pipe" -> '|';
      case "space", "whitespace", "spaces" -> ImportOptions.WHITESPACE;
      default -> {
        if (given.length() != 1 || Arrays.asList('"', '\r', '\n').contains(given.charAt(0))) {
          throw new CommandException("error.delimiter", given);
        }
        yield given.charAt(0) == ' ' ? ImportOptions.WHITESPACE : given.charAt(0);
      }
    };
  }
}
