package org.roundtable;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every screen speaks English or Welsh ({@link Texts}): the language the person chose on this
 * device, else their browser's; an event's screens then fall back to the event's default. Dates
 * follow the language (British English: 03/04/2019 is 3 April), whatever locale the server runs with.
 * The page's {@code <html lang>} follows the screen's language (WCAG 3.1.1), so a screen reader
 * reads Welsh with a Welsh voice; Vaadin on its own would take it from the browser's languages only.
 */
@Component
class Languages implements I18NProvider, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(Languages.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(LanguageChoice.forRequest(VaadinRequest.getCurrent()));
            // A view may change the language as it opens (an event's default): the page is told after each one.
            ui.addAfterNavigationListener(after -> ui.getPage().executeJs(
                    "document.documentElement.lang = $0", ui.getLocale().toLanguageTag()));
        });
        // The first HTML already says the language the screen will speak, before any script runs.
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html").attr("lang",
                page.getUI().map(UI::getLocale)
                        .orElseGet(() -> LanguageChoice.forRequest(page.getVaadinRequest())).toLanguageTag()));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (!Texts.has(key)) {
            // The translation tests fail on this; a screen in production still shows something.
            log.warn("No text for key {}", key);
            return key;
        }
        return Texts.get(locale, key, params);
    }
}
