package org.roundtable.timeline.summary;

import org.roundtable.shared.PdfFonts;

/**
 * The one layout both writers follow (A4 portrait, the same margins, font sizes and column
 * widths), so the PDF's page count holds for the DOCX too. Sizes are in points.
 */
final class SummaryLayout {

    static final float A4_WIDTH = 595.28f;
    static final float A4_HEIGHT = 841.89f;
    /** 20 mm all round. */
    static final float MARGIN = 56.7f;

    static final float TITLE_SIZE = 16f;
    static final float SUBTITLE_SIZE = 10f;
    static final float NOTE_SIZE = 9f;
    static final float BODY_SIZE = 9f;
    static final float SMALL_SIZE = 7.5f;
    static final float CHIP_SIZE = 8f;
    /** Line height as a multiple of the font size; a little above Word's "single" for Arial. */
    static final float LINE_HEIGHT = PdfFonts.LINE_HEIGHT;
    static final float CELL_PADDING = 4f;
    static final float GAP = 8f;

    /** Date | Agency | What happened, as shares of the text width. */
    static final float[] TABLE_COLUMNS = {17f, 23f, 60f};
    /** The key: chip, name, chip, name. */
    static final float[] KEY_COLUMNS = {12f, 38f, 12f, 38f};
    static final int KEY_AGENCIES_PER_ROW = 2;

    static final String HEADER_FILL_HEX = "e6e6e6";
    /** Source lines in dark grey: 7.5:1 on white. */
    static final String SOURCE_HEX = "555555";

    private SummaryLayout() {
    }

    static float textWidth() {
        return A4_WIDTH - 2 * MARGIN;
    }

    /** Points to twentieths of a point, Word's unit for page and table geometry. */
    static int twips(float points) {
        return Math.round(points * 20);
    }
}
