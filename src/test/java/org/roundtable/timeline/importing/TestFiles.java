package org.roundtable.timeline.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Chronology files built by the tests themselves: CSV bytes from text, XLSX workbooks with POI. */
final class TestFiles {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TestFiles() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = utf8(text);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static byte[] windows1252(String text) {
        return text.getBytes(WINDOWS_1252);
    }

    /** An XLSX file written by POI after {@code fill} has filled a new workbook. */
    static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook);
            return bytesOf(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytesOf(Workbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a row: strings as text, numbers as numbers, booleans, {@link LocalDate}s and
     * {@link LocalDateTime}s as date-formatted numbers (dd/mm/yyyy, dd/mm/yyyy hh:mm), and
     * {@code null} as no cell at all.
     */
    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        Workbook workbook = sheet.getWorkbook();
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(column);
            switch (value) {
                case String text -> cell.setCellValue(text);
                case Number number -> cell.setCellValue(number.doubleValue());
                case Boolean flag -> cell.setCellValue(flag);
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(style(workbook, "dd/mm/yyyy"));
                }
                case LocalDateTime moment -> {
                    cell.setCellValue(moment);
                    cell.setCellStyle(style(workbook, "dd/mm/yyyy hh:mm"));
                }
                default -> throw new IllegalArgumentException("Cannot write " + value);
            }
        }
        return row;
    }

    static CellStyle style(Workbook workbook, String format) {
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle existing = workbook.getCellStyleAt(i);
            if (format.equals(existing.getDataFormatString())) {
                return existing;
            }
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
