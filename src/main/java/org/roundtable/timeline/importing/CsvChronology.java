package org.roundtable.timeline.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.roundtable.timeline.importing.RawTable.RawRow;

/**
 * Reads a CSV chronology as agencies' systems and Excel write them: UTF-8 with or without a byte
 * order mark, UTF-16 ("Unicode text"), else Windows-1252; comma, semicolon or tab separated;
 * quoted cells with line breaks and quotes inside. Every cell stays text, so "=SUM(A1)" is kept
 * as written and never run.
 */
final class CsvChronology {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int RECORDS_SAMPLED = 20;
    private static final int CHARACTERS_SAMPLED = 256 * 1024;
    private static final int CHARACTERS_CHECKED_FOR_TEXT = 8 * 1024;

    private CsvChronology() {
    }

    static RawTable read(String fileName, byte[] content, ImportLimits limits) {
        String text = decode(content);
        if (!looksLikeText(text)) {
            throw ChronologyFileRejected.notText(fileName);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false) // so that record numbers stay the file's row numbers
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (TableLayout.isBlankRow(cells)) {
                    continue;
                }
                if (cells.size() > TableLayout.MAX_COLUMNS) {
                    int column = lastFilledColumn(cells);
                    if (column >= TableLayout.MAX_COLUMNS) {
                        throw ChronologyFileRejected.tooManyColumns(fileName, String.valueOf(column + 1),
                                TableLayout.MAX_COLUMNS);
                    }
                    cells = cells.subList(0, TableLayout.MAX_COLUMNS);
                }
                rows.add(new RawRow(Math.toIntExact(record.getRecordNumber()), cells));
                if (rows.size() > limits.maxRows() + TableLayout.HEADING_SEARCH_ROWS) {
                    throw ChronologyFileRejected.tooManyRows(fileName, limits.maxRows());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ChronologyFileRejected.notText(fileName);
        }
        if (rows.isEmpty()) {
            throw ChronologyFileRejected.nothingWritten(fileName);
        }
        int heading = TableLayout.headingRowIndex(rows);
        List<String> headings = heading < 0 ? List.of() : rows.get(heading).cells();
        int headerRowNumber = heading < 0 ? 0 : rows.get(heading).rowNumber();
        return TableLayout.assemble(fileName, headings, headerRowNumber, rows.subList(heading + 1, rows.size()),
                limits, column -> "Column " + (column + 1));
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), UTF-16 by its BOM, else Windows-1252. */
    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's "CSV" on a UK Windows machine writes Windows-1252: "£" is 0xA3, "’" is 0x92.
            return new String(content, WINDOWS_1252);
        }
    }

    /** Text has no NUL and few control characters; a binary file decoded as text has many. */
    private static boolean looksLikeText(String text) {
        int checked = Math.min(text.length(), CHARACTERS_CHECKED_FOR_TEXT);
        int odd = 0;
        for (int i = 0; i < checked; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 20 <= checked;
    }

    /**
     * The separator whose count, outside quotes, is the same on most of the first rows: a semicolon
     * file's text is full of commas, but only the semicolons line up row after row.
     */
    static char delimiterOf(String text) {
        List<int[]> counts = new ArrayList<>();
        int[] current = new int[DELIMITERS.length];
        boolean inQuotes = false;
        boolean filled = false;
        int end = Math.min(text.length(), CHARACTERS_SAMPLED);
        for (int i = 0; i < end && counts.size() < RECORDS_SAMPLED; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
                filled = true;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (filled) {
                    counts.add(current);
                }
                current = new int[DELIMITERS.length];
                filled = false;
            } else if (!inQuotes) {
                int k = indexOfDelimiter(c);
                if (k >= 0) {
                    current[k]++;
                } else if (!Character.isWhitespace(c)) {
                    filled = true;
                }
            }
        }
        if (filled && end == text.length()) {
            counts.add(current);
        }
        char best = DELIMITERS[0];
        int bestRows = 0;
        int bestCount = 0;
        for (int k = 0; k < DELIMITERS.length; k++) {
            int[] perRecord = new int[counts.size()];
            for (int r = 0; r < counts.size(); r++) {
                perRecord[r] = counts.get(r)[k];
            }
            int[] modal = modalNonZero(perRecord);
            if (modal[1] > bestRows || (modal[1] == bestRows && modal[0] > bestCount)) {
                best = DELIMITERS[k];
                bestRows = modal[1];
                bestCount = modal[0];
            }
        }
        return best;
    }

    /** {the most frequent non-zero value, how many times it occurs}; {0, 0} when all are zero. */
    private static int[] modalNonZero(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int bestValue = 0;
        int bestRun = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (sorted[i] > 0 && j - i >= bestRun) {
                bestValue = sorted[i];
                bestRun = j - i;
            }
            i = j;
        }
        return new int[] {bestValue, bestRun};
    }

    private static int indexOfDelimiter(char c) {
        for (int k = 0; k < DELIMITERS.length; k++) {
            if (DELIMITERS[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private static int lastFilledColumn(List<String> cells) {
        for (int column = cells.size() - 1; column >= 0; column--) {
            if (!TableLayout.isBlank(cells.get(column))) {
                return column;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
