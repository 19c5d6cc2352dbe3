package org.roundtable.shared;

/**
 * Names for the files we hand out. A name part comes from people (a case pseudonym), so it is cut
 * down to letters and digits joined by dashes: no path separators, dots, quotes or control
 * characters reach a Content-Disposition header or someone's downloads folder.
 */
public final class FileNames {

    /** Longest name part kept, so a long pseudonym still gives a name every file system accepts. */
    static final int MAX_PART = 60;

    private FileNames() {
    }

    /**
     * {@code text} as a safe part of a file name: runs of anything but letters and digits become
     * one dash, with none at either end; empty when nothing is left.
     */
    public static String part(String text) {
        String safe = text.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.length() > MAX_PART ? safe.substring(0, MAX_PART).replaceAll("-+$", "") : safe;
    }

    /** {@code prefix}, then the safe form of {@code text} after a dash when any is left. */
    public static String of(String prefix, String text) {
        String part = part(text);
        return part.isEmpty() ? prefix : prefix + "-" + part;
    }
}
