package org.roundtable.event;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code people type to join a learning event: 40 random bits as eight characters of
 * Crockford's base 32 (no I, L, O, U), shown as two groups of four, e.g. {@code 7KQ2-XM9D}.
 * Typing is forgiving: case, spaces and dashes do not matter; O reads as 0, I and L as 1.
 */
public final class JoinCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    /** A fresh code, in its canonical form (eight characters, no dash). */
    public static String generate() {
        long bits = RANDOM.nextLong() & 0xFF_FFFF_FFFFL;
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /** The canonical form of what someone typed (may not be a valid code). */
    public static String normalise(String typed) {
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                case ' ', '-', '\t' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a canonical code has the right shape. */
    public static boolean wellFormed(String canonical) {
        return canonical.length() == 8 && canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The code as people see it: {@code XXXX-XXXX}. */
    public static String display(String canonical) {
        return canonical.length() == 8 ? canonical.substring(0, 4) + "-" + canonical.substring(4) : canonical;
    }
}
