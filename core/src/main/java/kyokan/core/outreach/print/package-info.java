/**
 * Printed mail for a target list: A4 address-label sheets, はがき (address side set vertically, message side)
 * and A4 letters, with {@code {氏名}}-style merge fields, drawn with PDFBox and the report's embedded font
 * ({@link kyokan.core.report.ReportFont}). Pure: recipients in, PDF bytes out.
 */
package kyokan.core.outreach.print;
