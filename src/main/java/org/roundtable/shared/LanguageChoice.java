package org.roundtable.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * Each person's language: English or Cymraeg, chosen on any screen and kept in a cookie on that
 * device, so a practitioner's phone stays in Welsh for the whole day. Without a choice a screen
 * speaks the event's default language, and before an event is known, the browser's.
 */
public final class LanguageChoice extends Select<Locale> {

    /** The cookie that remembers the choice: a language tag and nothing else. */
    public static final String COOKIE = "rt-language";

    public LanguageChoice() {
        setItems(Texts.LANGUAGES);
        setItemLabelGenerator(LanguageChoice::nameOf);
        addClassName("rt-language-choice");
        setAriaLabel("Language / Iaith");
        addAttachListener(attach -> setValue(Texts.supported(attach.getUI().getLocale())));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(UI.getCurrent(), change.getValue());
            }
        });
    }

    /** A language's name in itself, as people look for it. */
    public static String nameOf(Locale language) {
        return language.equals(Texts.WELSH) ? "Cymraeg" : "English";
    }

    /** Remembers {@code language} on this device and shows the page again in it. */
    public static void choose(UI ui, Locale language) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Strict';"
                + " location.reload();", COOKIE, Texts.supported(language).getLanguage());
    }

    /** The language this device chose, if it did. */
    public static Optional<Locale> chosen(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(tag -> tag.equals("en") || tag.equals("cy"))
                .findFirst()
                .map(tag -> Texts.supported(Locale.of(tag)));
    }

    /** The language a screen speaks at first: the person's choice, else the browser's (Welsh or English). */
    public static Locale forRequest(@Nullable VaadinRequest request) {
        return chosen(request).orElseGet(() -> request == null ? Texts.ENGLISH
                : Texts.supported(Optional.ofNullable(request.getLocale()).orElse(Texts.ENGLISH)));
    }

    /**
     * An event's screen speaks the event's default language unless the person chose one. Call it
     * before the screen draws any text.
     */
    public static void useEventDefault(UI ui, Locale eventDefault) {
        if (chosen(VaadinRequest.getCurrent()).isEmpty()) {
            ui.setLocale(Texts.supported(eventDefault));
        }
    }
}
