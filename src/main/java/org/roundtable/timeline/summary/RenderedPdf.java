package org.roundtable.timeline.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.roundtable.shared.Texts;

/**
 * A written PDF and the number of A4 pages it runs to. The DOCX has the same layout, so this page
 * count is also the estimate for the DOCX (Word cannot be asked, and POI does not lay out pages).
 *
 * @param bytes     the PDF file
 * @param pageCount how many A4 pages it has
 */
public record RenderedPdf(byte[] bytes, int pageCount) {

    /** Pre-reading should be two sides at most (Essex §3.2). */
    public static final int MOST_PAGES_FOR_PRE_READING = 2;

    public RenderedPdf {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the summary is longer than pre-reading should be. */
    public boolean overTwoPages() {
        return pageCount > MOST_PAGES_FOR_PRE_READING;
    }

    /** The warning to show the facilitator before they send the summary out, if it is too long, in English. */
    public Optional<String> warning() {
        return warning(Texts.ENGLISH);
    }

    /** The same warning in {@code locale}'s language: the screen's, not the document's. */
    public Optional<String> warning(Locale locale) {
        return overTwoPages() ? Optional.of(Texts.get(locale, "timeline.summary.too-long", pageCount))
                : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedPdf that && pageCount == that.pageCount
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + pageCount;
    }

    @Override
    public String toString() {
        return "RenderedPdf[" + bytes.length + " bytes, " + pageCount + " pages]"; // not text: for logs and tests
    }
}
