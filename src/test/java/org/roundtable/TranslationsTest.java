package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;

/**
 * Both languages are complete and the screens say nothing the bundles do not hold: every English
 * text has a Welsh one with the same placeholders, every key the code names exists, and no screen
 * has text typed into its code.
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java/org/roundtable");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern KEY = Pattern.compile(
            "(access|board|event|evaluation|record|timeline|live|shared|common)\\.[a-z0-9-]+(\\.[a-z0-9-]+)+");

    @Test
    void every_english_text_has_a_welsh_text_with_the_same_placeholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            String module = english.getFileName().toString().replace(".properties", "");
            Properties en = load(english);
            Properties cy = load(english.resolveSibling(module + "_cy.properties"));
            assertThat(en).as(english + " holds texts").isNotEmpty();
            for (String key : en.stringPropertyNames()) {
                if (!key.startsWith(module + ".")) {
                    problems.add(key + ": a key in " + english.getFileName() + " starts with \"" + module + ".\"");
                }
                String welsh = cy.getProperty(key);
                if (welsh == null || welsh.isBlank()) {
                    problems.add(key + ": no Welsh text");
                    continue;
                }
                if (!placeholders(en.getProperty(key)).equals(placeholders(welsh))) {
                    problems.add(key + ": the Welsh text has other placeholders than the English");
                }
                for (String text : List.of(en.getProperty(key), welsh)) {
                    if (text.isBlank()) {
                        problems.add(key + ": an empty text");
                    }
                    if (LONE_APOSTROPHE.matcher(text).find()) {
                        problems.add(key + ": write an apostrophe twice ('') in \"" + text + "\"");
                    }
                }
            }
            for (String key : cy.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(key + ": Welsh text without an English one");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_text_key_the_code_names_exists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path source : sources()) {
            for (Literal literal : JavaLiterals.of(Files.readString(source))) {
                if (KEY.matcher(literal.text()).matches() && !Texts.has(literal.text())) {
                    missing.add(literal.text() + " (" + SOURCES.relativize(source) + ":" + literal.line() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void no_screen_or_refusal_has_text_typed_into_its_code() throws IOException {
        List<String> typed = new ArrayList<>();
        for (Path source : sources()) {
            String relative = SOURCES.relativize(source).toString().replace('\\', '/');
            if (ScreenText.NOT_YET_TRANSLATED.contains(relative)) {
                continue;
            }
            boolean screen = ScreenText.isScreenCode(relative);
            String code = Files.readString(source);
            List<String> lines = code.lines().toList();
            for (Literal literal : JavaLiterals.of(code)) {
                // The statement a literal is in may start a line or two above it (a log call, a script).
                String line = String.join(" ", lines.subList(Math.max(0, literal.line() - 3), literal.line()));
                // Outside screens only refusals reach a person.
                if ((screen || ScreenText.isRefusal(line)) && ScreenText.looksLikeText(literal.text())
                        && !ScreenText.isExempt(line)) {
                    typed.add(relative + ":" + literal.line() + " \"" + literal.text() + "\"");
                }
            }
        }
        // The whole list, for whoever moves the texts (a long list prints shortened).
        Files.write(Path.of("target/typed-texts.txt"), typed);
        assertThat(typed).as("%d texts typed into code (all in target/typed-texts.txt): move them to "
                + "src/main/resources/i18n", typed.size()).isEmpty();
    }

    @Test
    void every_choice_a_screen_names_has_a_text() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path source : sources()) {
            String relative = SOURCES.relativize(source).toString().replace('\\', '/');
            if (relative.contains("/ui/") || ScreenText.NOT_YET_TRANSLATED.contains(relative)
                    || !Files.readString(source).contains("public String label()")) {
                continue;
            }
            String className = "org.roundtable." + relative.replace(".java", "").replace('/', '.');
            for (Class<?> type : withNested(Class.forName(className))) {
                if (type.isEnum()) {
                    for (Object choice : type.getEnumConstants()) {
                        String key = Texts.labelKey((Enum<?>) choice);
                        if (!Texts.has(key)) {
                            missing.add(key + " (" + relative + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> nested : type.getDeclaredClasses()) {
            all.addAll(withNested(nested));
        }
        return all;
    }

    @Test
    void the_guard_sees_typed_text_and_leaves_keys_styles_and_scripts_alone() {
        assertThat(ScreenText.looksLikeText("Add a note")).isTrue();
        assertThat(ScreenText.looksLikeText("Save")).isTrue();
        assertThat(ScreenText.looksLikeText(" newcomers placed")).isTrue();
        assertThat(ScreenText.looksLikeText("Note added.")).isTrue();
        assertThat(ScreenText.looksLikeText("board.note.added")).isFalse();
        assertThat(ScreenText.looksLikeText("rt-tablet-timeline")).isFalse();
        assertThat(ScreenText.looksLikeText("tertiary small")).isFalse();
        assertThat(ScreenText.looksLikeText("aria-label")).isFalse();
        assertThat(ScreenText.looksLikeText("event.target.closest('[data-rt-action]')")).isFalse();
        assertThat(ScreenText.looksLikeText("d MMM, HH:mm")).isFalse();
        assertThat(ScreenText.looksLikeText("")).isFalse();
        assertThat(JavaLiterals.of("""
                // "not this"
                String a = "this"; /* "nor this" */ char q = '"'; String b = "and \\"this\\"";
                """).stream().map(Literal::text).toList()).containsExactly("this", "and \"this\"");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A string literal in Java source, with the line it starts on. */
    record Literal(String text, int line) {
    }
}
