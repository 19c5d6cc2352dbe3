package org.roundtable.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing text, in English and Welsh. A key names its module first
 * ({@code board.note.added}); each module keeps its texts in {@code i18n/<module>.properties}
 * (English) and {@code i18n/<module>_cy.properties} (Cymraeg), so that modules never share a
 * file. Values are {@link MessageFormat} patterns: {@code {0}} for the first argument, and an
 * apostrophe is always written twice ({@code child''s}).
 */
public final class Texts {

    /** British English, the default: dates read 3 April 2019. */
    public static final Locale ENGLISH = Locale.UK;
    /** Welsh as used in Wales. */
    public static final Locale WELSH = Locale.of("cy", "GB");
    /** The languages every text exists in, English first. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, WELSH);

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** An argument that is itself a text, put in in the same language: a field's name in a refusal. */
    public record Ref(String key, Object... args) {
    }

    /** The language we speak to someone who asked for {@code wanted}: Welsh if they asked for it, else English. */
    public static Locale supported(Locale wanted) {
        return WELSH.getLanguage().equals(wanted.getLanguage()) ? WELSH : ENGLISH;
    }

    /**
     * The text {@code key} names, in {@code locale}'s language, with {@code args} put in.
     *
     * @throws MissingResourceException when no bundle has the key: a mistake the translation tests catch
     */
    public static String get(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        String pattern = bundle(key, language).getString(key);
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            // Most texts have nothing to put in: no need to parse a MessageFormat on every screen update.
            return pattern.replace("''", "'");
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Ref ref) {
                resolved[i] = get(language, ref.key(), ref.args());
            }
        }
        return new MessageFormat(pattern, language).format(resolved);
    }

    /**
     * Why a service refused, in {@code locale}'s language: a refusal that names a text
     * ({@link InvalidInput}, {@link NotAllowed}) reads in that language, any other as written.
     */
    public static String reason(RuntimeException refused, Locale locale) {
        return switch (refused) {
            case InvalidInput invalid -> invalid.messageIn(locale);
            case NotAllowed notAllowed -> notAllowed.messageIn(locale);
            default -> String.valueOf(refused.getMessage());
        };
    }

    /** Whether {@code key} names a text (for the translation tests and for refusals made before keys). */
    public static boolean has(String key) {
        try {
            return bundle(key, ENGLISH).containsKey(key);
        } catch (MissingResourceException noModule) {
            return false;
        }
    }

    /**
     * A choice's name (an enum constant's) in {@code locale}'s language. Its key is the module,
     * the enum and the constant in kebab case: {@code board.note-kind.additional-event}; a nested
     * enum keeps its outer class ({@code board.note-triage-filter.all}).
     */
    public static String label(Locale locale, Enum<?> choice) {
        String key = labelKey(choice);
        return has(key) ? get(locale, key) : englishLabel(choice);
    }

    /** A choice without a text yet (the translation tests fail on it): its own English label, else its name. */
    private static String englishLabel(Enum<?> choice) {
        try {
            return String.valueOf(choice.getDeclaringClass().getMethod("label").invoke(choice));
        } catch (ReflectiveOperationException | RuntimeException none) {
            return choice.name();
        }
    }

    /** The key of a choice's name: see {@link #label(Locale, Enum)}. */
    public static String labelKey(Enum<?> choice) {
        Class<?> type = choice.getDeclaringClass();
        String module = type.getPackageName().replaceFirst("^org\\.roundtable\\.", "").replaceFirst("\\..*", "");
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        return module + "." + kebab(name.toString()) + "." + choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static ResourceBundle bundle(String key, Locale language) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("A text key starts with its module: " + key, Texts.class.getName(), key);
        }
        // The English file is the base bundle (no suffix); Welsh adds _cy. Kept here once found: every
        // screen update of a room reads texts, and ResourceBundle's own cache costs far more per lookup.
        boolean welsh = language.equals(WELSH);
        String module = key.substring(0, dot);
        return BUNDLES.computeIfAbsent(welsh ? "cy/" + module : module, found -> ResourceBundle.getBundle(
                "i18n/" + module, welsh ? Locale.of("cy") : Locale.ROOT, Texts.class.getClassLoader(),
                NO_FALLBACK_TO_SERVER_LOCALE));
    }
}
