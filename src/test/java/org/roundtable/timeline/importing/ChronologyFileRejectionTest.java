package org.roundtable.timeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.timeline.importing.TestFiles.row;
import static org.roundtable.timeline.importing.TestFiles.utf8;
import static org.roundtable.timeline.importing.TestFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

class ChronologyFileRejectionTest {

    private static final byte[] A_WORKBOOK = xlsx(workbook -> {
        XSSFSheet sheet = workbook.createSheet("Chronology");
        row(sheet, 0, "Date", "Event");
        row(sheet, 1, "03/04/2019", "Visit");
    });

    @Test
    void a_practitioner_reads_why_a_file_was_refused_in_welsh() {
        assertThatThrownBy(() -> ChronologyFile.read("heddlu.csv", new byte[0]))
                .isInstanceOfSatisfying(ChronologyFileRejected.class, refused -> {
                    assertThat(refused.messageIn(Texts.WELSH)).isEqualTo("Mae'r ffeil 'heddlu.csv' yn wag.");
                    assertThat(refused.messageIn(Texts.ENGLISH)).isEqualTo(refused.getMessage());
                });
        assertThatThrownBy(() -> ChronologyFile.read("cronoleg.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ChronologyFileRejected.class, refused -> assertThat(
                        refused.messageIn(Texts.WELSH)).startsWith("PDF yw'r ffeil 'cronoleg.pdf'")
                        .contains("Gofynnwch i'r asiantaeth am ei chronoleg"));
    }

    @Test
    void a_file_too_big_says_its_size_in_either_language() {
        byte[] big = new byte[3 * 512 * 1024];
        assertThatThrownBy(() -> ChronologyFile.read("big.csv", big, new ImportLimits(1024 * 1024, 100, 100)))
                .isInstanceOfSatisfying(ChronologyFileRejected.class, refused -> {
                    assertThat(refused.getMessage()).startsWith(
                            "The file 'big.csv' is 1.5 MB; the largest file we can import is 1 MB.");
                    assertThat(refused.messageIn(Texts.WELSH)).startsWith(
                            "Maint y ffeil 'big.csv' yw 1.5 MB; y ffeil fwyaf y gallwn ei mewnforio yw 1 MB.");
                });
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> ChronologyFile.read("police.csv", new byte[0]))
                .isInstanceOf(ChronologyFileRejected.class)
                .isInstanceOf(InvalidInput.class)
                .hasMessage("The file 'police.csv' is empty.");
    }

    @Test
    void an_old_xls_workbook_is_refused_with_advice_to_save_it_as_xlsx_or_csv() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Chronology").createRow(0).createCell(0).setCellValue("Date");
            xls = TestFiles.bytesOf(workbook);
        }

        assertThatThrownBy(() -> ChronologyFile.read("health.xls", xls))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'health.xls' is an older Excel file (.xls), which we cannot read. Open it in"
                        + " Excel and save it as an Excel Workbook (.xlsx) or as CSV (.csv), then import that.");
        assertThatThrownBy(() -> ChronologyFile.read("renamed.xlsx", xls))
                .hasMessageContaining("older Excel file (.xls)");
    }

    @Test
    void a_web_page_exported_as_xls_gets_the_same_advice() {
        assertThatThrownBy(() -> ChronologyFile.read("export.xls", utf8("<html><table><tr><td>Date</td></tr>")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageContaining("save it as an Excel Workbook (.xlsx) or as CSV (.csv)");
    }

    @Test
    void a_password_protected_workbook_is_refused_with_advice_to_remove_the_password() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage plain = OPCPackage.open(new ByteArrayInputStream(A_WORKBOOK));
                OutputStream encrypted = encryptor.getDataStream(container)) {
            plain.save(encrypted);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        container.writeFilesystem(out);
        container.close();

        assertThatThrownBy(() -> ChronologyFile.read("locked.xlsx", out.toByteArray()))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The workbook 'locked.xlsx' is protected with a password, so it cannot be read. Open it"
                        + " in Excel, remove the password, save it as .xlsx, and import it again.");
    }

    @Test
    void random_bytes_named_as_csv_are_refused_as_not_text() {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);

        assertThatThrownBy(() -> ChronologyFile.read("police.csv", garbage))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'police.csv' does not contain text, so it cannot be read as CSV. If it is a"
                        + " spreadsheet, save it as .xlsx or .csv and import that.");
    }

    @Test
    void random_bytes_named_as_xlsx_are_refused_as_not_a_workbook() {
        byte[] garbage = new byte[4096];
        new Random(5).nextBytes(garbage);
        garbage[0] = 'x';

        assertThatThrownBy(() -> ChronologyFile.read("police.xlsx", garbage))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The file 'police.xlsx' is not an Excel workbook inside");
    }

    @Test
    void a_damaged_workbook_is_refused_as_unreadable() {
        byte[] damaged = Arrays.copyOf(A_WORKBOOK, A_WORKBOOK.length / 2);
        byte[] zipHeaderThenNoise = new byte[2048];
        new Random(7).nextBytes(zipHeaderThenNoise);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipHeaderThenNoise, 0, 4);

        for (byte[] file : new byte[][] {damaged, zipHeaderThenNoise}) {
            assertThatThrownBy(() -> ChronologyFile.read("police.xlsx", file))
                    .isInstanceOf(ChronologyFileRejected.class)
                    .hasMessage("The workbook 'police.xlsx' cannot be read; it may be damaged. Open it in Excel, save"
                            + " it again as .xlsx, and import that.");
        }
    }

    @Test
    void a_workbook_that_unpacks_to_far_more_than_its_size_is_refused() {
        byte[] bomb = xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Chronology");
            row(sheet, 0, "Date", "Event");
            for (int i = 1; i <= 200; i++) {
                row(sheet, i, "03/04/2019", i + "a".repeat(30_000));
            }
        });
        ImportLimits limits = new ImportLimits(100_000, 20_000, 20_000);
        assertThat(bomb.length).isLessThan(100_000);

        assertThatThrownBy(() -> ChronologyFile.read("bomb.xlsx", bomb, limits))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The workbook 'bomb.xlsx' unpacks to more than 1.9 MB");
    }

    @Test
    void a_workbook_whose_sheet_declares_entities_is_refused_without_expanding_them() throws IOException {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="inlineStr"><is><t>&f;</t></is></c>
                </row></sheetData></worksheet>""";
        byte[] hostile = withPartReplaced(A_WORKBOOK, "xl/worksheets/sheet1.xml", utf8(laughs));

        assertThatThrownBy(() -> ChronologyFile.read("lol.xlsx", hostile))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The workbook 'lol.xlsx' cannot be read");
    }

    private static byte[] withPartReplaced(byte[] workbook, String part, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part) ? content : in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    @Test
    void a_word_document_is_refused_with_advice_to_copy_its_table_into_excel() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types/>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<document/>"));
        }

        assertThatThrownBy(() -> ChronologyFile.read("chronology.docx", docx.toByteArray()))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("The file 'chronology.docx' is a Word document. Copy its table into Excel, save it as"
                        + " .xlsx or .csv, and import that.");
    }

    @Test
    void a_pdf_is_refused_with_advice_to_ask_for_the_spreadsheet() {
        assertThatThrownBy(() -> ChronologyFile.read("chronology.pdf", utf8("%PDF-1.7\n...")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessageStartingWith("The file 'chronology.pdf' is a PDF, which cannot be imported.");
    }

    @Test
    void a_file_of_an_unknown_type_is_refused_naming_the_types_we_read() {
        assertThatThrownBy(() -> ChronologyFile.read("notes.json", utf8("{\"date\": \"03/04/2019\"}")))
                .isInstanceOf(ChronologyFileRejected.class)
                .hasMessage("We cannot import 'notes.json': chronologies can be imported from Excel workbooks (.xlsx)"
                        + " and CSV files (.csv or .txt).");
    }

    @Test
    void a_workbook_is_recognised_by_its_content_whatever_its_name() {
        assertThat(ChronologyFile.read("chronology", A_WORKBOOK).headers()).containsExactly("Date", "Event");
    }

    @Test
    void the_browser_path_in_front_of_a_file_name_is_not_shown() {
        assertThatThrownBy(() -> ChronologyFile.read("C:\\fakepath\\police.csv", new byte[0]))
                .hasMessage("The file 'police.csv' is empty.");
    }
}
