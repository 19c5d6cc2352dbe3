package org.roundtable.shared;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * The PDF's fonts: built-in Helvetica for everything it can show (so ordinary English text lays
 * out, and counts pages, the same on every machine), then embedded Unicode fonts for the rest
 * (Welsh ŵ ŷ, Hebrew, Arabic…). A character no font has becomes {@code ?} instead of vanishing
 * or failing the export.
 *
 * <p>The fallbacks, in order: Liberation Sans, which OpenPDF ships inside its own jar (so it is
 * on every classpath that can write a PDF at all), then DejaVu Sans, Noto Sans, FreeSans and Droid
 * Sans Fallback where the operating system has them. None of them is required.
 */
public final class PdfFonts {

    public enum Weight { REGULAR, BOLD }

    /** Line height as a multiple of the font size, for every document we write. */
    public static final float LINE_HEIGHT = 1.2f;

    private static final System.Logger LOG = System.getLogger(PdfFonts.class.getName());

    private static final String BUNDLED_WITH_OPENPDF = "font-fallback/LiberationSans-Regular.ttf";
    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final String REPLACEMENT = "?";

    private final BaseFont helvetica;
    private final BaseFont helveticaBold;
    private final List<BaseFont> unicodeFallbacks;

    private PdfFonts(BaseFont helvetica, BaseFont helveticaBold, List<BaseFont> unicodeFallbacks) {
        this.helvetica = helvetica;
        this.helveticaBold = helveticaBold;
        this.unicodeFallbacks = List.copyOf(unicodeFallbacks);
    }

    /** The fonts of this machine, looked up once: reading a TTF costs tens of milliseconds. */
    public static PdfFonts shared() {
        return Holder.FONTS;
    }

    /** The names of the embedded fallback fonts found, for diagnostics. */
    public List<String> fallbackNames() {
        return unicodeFallbacks.stream().map(BaseFont::getPostscriptFontName).toList();
    }

    /**
     * The text as a phrase whose every chunk is in a font that has its characters.
     *
     * @param text   cleaned text ({@link CleanText}); {@code \n} breaks the line
     * @param size   font size in points
     * @param weight regular or bold
     * @param colour the text colour
     */
    public Phrase phrase(String text, float size, Weight weight, Color colour) {
        List<Font> chain = chain(size, weight, colour);
        Phrase phrase = new Phrase(size * LINE_HEIGHT);
        StringBuilder run = new StringBuilder();
        int runFont = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int font;
            String piece;
            if (cp == ' ' || cp == '\n') {
                // spaces and breaks stay with the run they are in: fewer chunks, same layout
                font = runFont;
                piece = Character.toString(cp);
            } else {
                font = firstFontWith(cp, chain);
                if (font < 0) {
                    if (isInvisible(cp)) {
                        continue; // a joiner or variation selector with no glyph: nothing to show
                    }
                    font = 0;
                    piece = REPLACEMENT;
                } else {
                    piece = Character.toString(cp);
                }
            }
            if (font != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), chain.get(runFont)));
                run.setLength(0);
            }
            runFont = font;
            run.append(piece);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), chain.get(runFont)));
        }
        return phrase;
    }

    private List<Font> chain(float size, Weight weight, Color colour) {
        List<Font> chain = new ArrayList<>(1 + unicodeFallbacks.size());
        chain.add(new Font(weight == Weight.BOLD ? helveticaBold : helvetica, size, Font.NORMAL, colour));
        // the fallbacks have no bold face of their own; OpenPDF emboldens them by stroking
        int style = weight == Weight.BOLD ? Font.BOLD : Font.NORMAL;
        for (BaseFont fallback : unicodeFallbacks) {
            chain.add(new Font(fallback, size, style, colour));
        }
        return chain;
    }

    private static int firstFontWith(int cp, List<Font> chain) {
        for (int f = 0; f < chain.size(); f++) {
            if (chain.get(f).getBaseFont().charExists(cp)) {
                return f;
            }
        }
        return -1;
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static final class Holder {
        static final PdfFonts FONTS = load();
    }

    private static PdfFonts load() {
        List<String> candidates = new ArrayList<>();
        candidates.add(BUNDLED_WITH_OPENPDF);
        candidates.addAll(SYSTEM_FONTS);
        return withFallbacks(candidates);
    }

    /**
     * Helvetica, then those of the given TrueType fonts (classpath names or file paths) that can be
     * read; any that cannot are skipped, so with none at all this is Helvetica alone.
     */
    public static PdfFonts withFallbacks(List<String> candidates) {
        List<BaseFont> fallbacks = new ArrayList<>();
        for (String candidate : candidates) {
            boolean isFile = candidate.startsWith("/");
            if (!isFile || Files.isReadable(Path.of(candidate))) {
                embedded(candidate).ifPresent(fallbacks::add);
            }
        }
        if (fallbacks.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "No Unicode font found for PDF documents: "
                    + "characters outside Windows-1252 will print as ?");
        }
        return new PdfFonts(builtIn(BaseFont.HELVETICA), builtIn(BaseFont.HELVETICA_BOLD), fallbacks);
    }

    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            // the 14 standard fonts are inside OpenPDF's jar: without them it cannot work at all
            throw new IllegalStateException("OpenPDF's built-in font " + name + " is missing", e);
        }
    }

    private static Optional<BaseFont> embedded(String nameOrPath) {
        try {
            return Optional.of(
                    BaseFont.createFont(nameOrPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "Font " + nameOrPath + " not usable for PDF documents: " + e);
            return Optional.empty();
        }
    }
}
