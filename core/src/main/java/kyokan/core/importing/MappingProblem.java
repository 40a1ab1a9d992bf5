package kyokan.core.importing;

/**
 * Why a mapping cannot read a file: a chosen column is missing, or a required field has no column.
 *
 * @param column the column the mapping names, or null when none was chosen
 * @param reason plain Japanese, fit to show next to the field's drop-down
 */
public record MappingProblem(TargetField field, String column, String reason) {}
