package org.roundtable.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text made safe for the documents we write (DOCX, PDF, Markdown): XML 1.0 (DOCX) cannot hold control characters, lone
 * surrogates or the non-characters U+FFFE/U+FFFF, and a PDF font has no glyph for them either.
 * Line breaks are kept as {@code \n}; tabs become spaces because the two formats treat them
 * differently and a summary has no tab stops.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text with every character either format would choke on removed, trimmed. */
    public static String of(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                // \r\n and a lone \r are both one line break
                if (i < raw.length() && raw.charAt(i) == '\n') {
                    i++;
                }
                clean.append('\n');
            } else if (cp == '\n') {
                clean.append('\n');
            } else if (cp == '\t') {
                clean.append(' ');
            } else if (isKept(cp)) {
                clean.appendCodePoint(cp);
            }
        }
        return clean.toString().strip();
    }

    /** The text on one line, for titles, dates and codes. */
    public static String oneLine(@Nullable String raw) {
        return of(raw).replaceAll("\\s*\n\\s*", " ");
    }

    private static boolean isKept(int cp) {
        return !Character.isISOControl(cp) // C0, DEL and C1
                && !Character.isSurrogate((char) cp) // a lone half of a pair (pairs arrive as one cp)
                && !isNonCharacter(cp);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
