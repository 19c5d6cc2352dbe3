package org.roundtable.board.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.roundtable.shared.Texts;

/**
 * Why a service refused, as the person reads it: in the screen's language where the refusal
 * names a text (a refusal made before keys reads as written).
 */
final class Refusals {

    private Refusals() {
    }

    static String reason(RuntimeException refused, Locale locale) {
        return Texts.reason(refused, locale);
    }

    /** In the language of the screen being drawn (for code that is not itself a component). */
    static String reason(RuntimeException refused) {
        return reason(refused, language());
    }

    /** The language of the screen being drawn; English when there is none. */
    static Locale language() {
        UI ui = UI.getCurrent();
        return ui == null ? Texts.ENGLISH : ui.getLocale();
    }
}
