package org.roundtable;

import java.util.ArrayList;
import java.util.List;

import org.roundtable.TranslationsTest.Literal;

/** The string literals of a Java source file, comments and character literals skipped. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static List<Literal> of(String code) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                line += count(code, i, end);
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                literals.add(new Literal(code.substring(i + 3, Math.max(i + 3, end - 3)).strip(), line));
                line += count(code, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < code.length() && code.charAt(i) != '\'') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < code.length() && code.charAt(i) != '"') {
                    if (code.charAt(i) == '\\' && i + 1 < code.length()) {
                        i++;
                    }
                    text.append(code.charAt(i));
                    i++;
                }
                i++;
                literals.add(new Literal(text.toString(), line));
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String code, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (code.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
