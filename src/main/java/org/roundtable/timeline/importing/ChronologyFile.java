package org.roundtable.timeline.importing;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an agency's chronology file into a {@link RawTable}, or refuses the whole file with a
 * {@link ChronologyFileRejected} whose message a facilitator can act on: empty, too big, too many
 * rows, a type we cannot read (old .xls, Word, PDF…), a password, or a damaged workbook.
 * <p>
 * What the file is comes from its content first (an .xlsx is a ZIP, an .xls an OLE2 container)
 * and its name second; .csv, .tsv and .txt files are read as CSV.
 */
public final class ChronologyFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final int LONGEST_NAME_SHOWN = 80;

    private ChronologyFile() {
    }

    /** Reads the file with the {@linkplain ImportLimits#DEFAULTS default limits}. */
    public static RawTable read(String fileName, byte[] content) {
        return read(fileName, content, ImportLimits.DEFAULTS);
    }

    /** Reads the file; throws {@link ChronologyFileRejected} when it cannot be imported at all. */
    public static RawTable read(String fileName, byte[] content, ImportLimits limits) {
        String name = shownName(fileName);
        if (content.length == 0) {
            throw ChronologyFileRejected.empty(name);
        }
        if (content.length > limits.maxBytes()) {
            throw ChronologyFileRejected.tooBig(name, content.length, limits.maxBytes());
        }
        String extension = extensionOf(name);
        if (startsWith(content, ZIP)) {
            return WorkbookChronology.read(name, content, limits);
        }
        if (startsWith(content, OLE2)) {
            throw oldOfficeFile(name, extension, content);
        }
        if (startsWith(content, PDF)) {
            throw ChronologyFileRejected.pdf(name);
        }
        return switch (extension) {
            case "csv", "tsv", "txt", "tab" -> CsvChronology.read(name, content, limits);
            case "xlsx", "xlsm" -> throw ChronologyFileRejected.notAWorkbook(name);
            // Many case systems "export to Excel" as an HTML page named .xls; Excel opens it, we cannot.
            case "xls" -> throw ChronologyFileRejected.olderExcel(name);
            case "doc", "docx", "rtf", "odt" -> throw ChronologyFileRejected.wordDocument(name);
            case "pdf" -> throw ChronologyFileRejected.pdf(name);
            default -> throw ChronologyFileRejected.unknownType(name);
        };
    }

    /** An OLE2 file is an .xls, a Word .doc, or an .xlsx encrypted with a password. */
    private static ChronologyFileRejected oldOfficeFile(String name, String extension, byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (container.getRoot().hasEntry("EncryptionInfo")) {
                return ChronologyFileRejected.passwordProtected(name);
            }
            if (container.getRoot().hasEntry("WordDocument")) {
                return ChronologyFileRejected.wordDocument(name);
            }
        } catch (Exception damaged) {
            // Told apart only to word the message; any OLE2 file gets the .xls advice.
        }
        return extension.equals("doc") ? ChronologyFileRejected.wordDocument(name)
                : ChronologyFileRejected.olderExcel(name);
    }

    /** The name without a browser's "C:\fakepath\" and cut short, so messages stay readable. */
    private static String shownName(String fileName) {
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (name.isEmpty()) {
            return "(no name)";
        }
        return name.length() > LONGEST_NAME_SHOWN ? name.substring(0, LONGEST_NAME_SHOWN) + "…" : name;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
