package org.roundtable.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.roundtable.record.RecordExportFormat;

/** The text a person would read in an exported file, whatever its format, for tests to check. */
public final class ExportedText {

    private ExportedText() {
    }

    public static String of(RecordExportFormat format, byte[] bytes) throws IOException {
        return switch (format) {
            case MARKDOWN, JSON -> new String(bytes, StandardCharsets.UTF_8);
            case DOCX -> {
                // A big record compresses very well; POI would take that for a zip bomb.
                ZipSecureFile.setMinInflateRatio(0.001);
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    yield extractor.getText();
                }
            }
            case PDF -> {
                try (PDDocument document = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(document);
                }
            }
        };
    }
}
