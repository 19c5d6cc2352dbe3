package org.roundtable.timeline.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** Summaries the tests write, and the text read back from the files. */
final class Summaries {

    static final Instant GENERATED_AT = Instant.parse("2026-03-02T09:30:00Z");

    static final List<SummaryAgency> AGENCIES = List.of(
            new SummaryAgency("POL", "Essex Police", "#1f4e79"),
            new SummaryAgency("CSC", "Children's Social Care", "#7a3b00"),
            new SummaryAgency("HV", "Health Visiting", "#1e6b3a"),
            new SummaryAgency("EDU", "Meadow Primary School", "#5b2c83"));

    private static final String[] TEXTS = {
        "Health visitor new birth visit; mother reported feeling low and isolated since the move.",
        "Police attended a report of shouting at the address; no offences disclosed; DASH completed.",
        "Referral to children's social care from police; strategy discussion not held.",
        "School noted Child A arriving hungry on three mornings this week; spoke with mother.",
        "Single assessment started; home visit found the flat cold and short of food.",
        "GP appointment missed; second reminder letter sent to the address.",
        "Child A's attendance fell to 78%; the school's attendance officer made a home visit.",
        "Strategy discussion held by phone; police, social care and health took part.",
        "Child protection conference: plan under the category of neglect.",
        "Core group met; housing invited but did not attend.",
        "Health visitor unable to gain entry on two visits; left cards.",
        "Ambulance called to the address: Child A had a head injury; taken to hospital.",
    };

    private Summaries() {
    }

    static KeyEventsSummary of(List<SummaryEntry> entries) {
        return new KeyEventsSummary("Child A", "Local Child Safeguarding Practice Review",
                LocalDate.of(2026, 3, 16), AGENCIES, entries, GENERATED_AT);
    }

    /** A realistic pre-reading summary: twelve key events with sources. */
    static KeyEventsSummary twelveKeyEvents() {
        List<SummaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            entries.add(new SummaryEntry((i + 1) + " Apr 2019", i % 3 == 0 ? "10:1" + i % 10 : null,
                    AGENCIES.get(i % AGENCIES.size()).code(), TEXTS[i], "Record ref " + (100 + i)));
        }
        return of(entries);
    }

    /** Far too long for pre-reading: eighty entries of a long paragraph each. */
    static KeyEventsSummary eightyLongKeyEvents() {
        List<SummaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String text = "Entry " + i + ": " + String.join(" ", TEXTS[i % TEXTS.length],
                    TEXTS[(i + 1) % TEXTS.length], TEXTS[(i + 2) % TEXTS.length]);
            entries.add(new SummaryEntry("c. May 2019", null, AGENCIES.get(i % AGENCIES.size()).code(),
                    text, "Case note " + i));
        }
        return of(entries);
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument openDocx(byte[] docx) {
        try {
            // a 20,000-character cell compresses far better than POI's zip-bomb guard expects
            ZipSecureFile.setMinInflateRatio(0.001);
            return new XWPFDocument(new java.io.ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = openDocx(docx);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All runs of white space as one space: extraction breaks lines where the layout wraps. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
