package org.roundtable.timeline.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * A workbook cell's value as text: shared and inline strings as written; dates (cells with a date
 * format) as ISO "2019-04-03", with " 14:30" when the cell holds a time too; times alone as
 * "14:30"; other numbers plainly ("43558", not "43558.0"); TRUE/FALSE; errors as Excel shows them.
 */
final class CellText {

    private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private enum NumberKind { NUMBER, DATE, TIME }

    private final SharedStrings strings;
    private final @Nullable StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, NumberKind> kindByStyle = new HashMap<>();

    CellText(SharedStrings strings, @Nullable StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    String of(@Nullable String type, @Nullable String style, String value, String inline) {
        String v = value.strip();
        return switch (type == null ? "n" : type) {
            case "s" -> v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v)).getString();
            case "inlineStr" -> unescaped(inline);
            case "str" -> unescaped(value);
            case "b" -> v.isEmpty() ? "" : "1".equals(v) || "true".equalsIgnoreCase(v) ? "TRUE" : "FALSE";
            case "e" -> v;
            case "d" -> v.endsWith("T00:00:00") ? v.substring(0, v.length() - "T00:00:00".length()) : v;
            default -> number(v, style);
        };
    }

    private String number(String v, @Nullable String style) {
        if (v.isEmpty()) {
            return "";
        }
        double number;
        try {
            number = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return v;
        }
        NumberKind kind = style == null ? NumberKind.NUMBER : kindOf(Integer.parseInt(style));
        if (kind != NumberKind.NUMBER && DateUtil.isValidExcelDate(number)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904, true);
            if (kind == NumberKind.TIME || number < 1) {
                return clock(dateTime.toLocalTime());
            }
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toLocalDate() + " " + clock(dateTime.toLocalTime());
        }
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private NumberKind kindOf(int styleIndex) {
        return kindByStyle.computeIfAbsent(styleIndex, index -> {
            if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
                return NumberKind.NUMBER;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            String format = cellStyle == null ? null : cellStyle.getDataFormatString();
            if (format == null || !DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
                return NumberKind.NUMBER;
            }
            // "h:mm" shows only the time, even when the cell also holds a date; we keep what Excel shows.
            String shown = format.toLowerCase(Locale.ROOT).replaceAll("\\[(?![hms]+])[^]]*]|\"[^\"]*\"", "");
            boolean showsDay = shown.contains("d") || shown.contains("y");
            boolean showsClock = shown.contains("h") || shown.contains("s");
            return showsDay || !showsClock ? NumberKind.DATE : NumberKind.TIME;
        });
    }

    private static String clock(LocalTime time) {
        return String.format(Locale.ROOT, time.getSecond() == 0 ? "%02d:%02d" : "%02d:%02d:%02d",
                time.getHour(), time.getMinute(), time.getSecond());
    }

    /** Excel writes control characters in cell text as "_x000D_"; shared strings are decoded by POI already. */
    private static String unescaped(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPED_CHARACTER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
