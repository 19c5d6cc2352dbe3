package org.roundtable.shared;

import com.vaadin.flow.component.Component;

/**
 * Vaadin 25's {@code <vaadin-tabs>} renders its scroller as a focusable {@code div tabindex="-1"}
 * between the tab list and its tabs, so a screen reader (and axe's {@code aria-required-children})
 * finds something that is not a tab inside the tab list. The tabs keep their own keyboard
 * handling (arrow keys, roving focus); only that stray focusability goes.
 */
public final class TabStrips {

    private static final String WHOLE_TABLIST = """
            const tabs = this.localName === 'vaadin-tabs' ? this : this.querySelector(':scope > vaadin-tabs');
            if (tabs) {
              customElements.whenDefined('vaadin-tabs')
                .then(() => tabs.updateComplete)
                .then(() => tabs.shadowRoot && tabs.shadowRoot.querySelector('#scroll')
                    && tabs.shadowRoot.querySelector('#scroll').removeAttribute('tabindex'));
            }
            """;

    private TabStrips() {
    }

    /** Applies to a {@code Tabs} or a {@code TabSheet}, each time it is attached (a reattached element renders anew). */
    public static <T extends Component> T withWholeTablist(T tabs) {
        tabs.addAttachListener(attach -> tabs.getElement().executeJs(WHOLE_TABLIST));
        return tabs;
    }
}
