package org.roundtable.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to the main content": the first stop of Tab on a busy screen, hidden until it has the
 * focus, so a keyboard user reaches the work without passing every control of the header. Enter
 * moves the focus to the target (made focusable by script if it is not a control); the next Tab
 * goes on from there.
 */
public final class SkipLink {

    /** Runs with `this` as the link and $0 as the target: shows the link while focused, moves the focus. */
    private static final String BEHAVIOUR = """
            const link = this, target = $0;
            const hidden = {position: 'absolute', left: '-10000px', top: 'auto', width: '1px', height: '1px',
              overflow: 'hidden', zIndex: '1000'};
            const shown = {left: '0.5rem', top: '0.5rem', width: 'auto', height: 'auto', overflow: 'visible',
              padding: '0.5rem 1rem', background: 'var(--lumo-base-color, #fff)', color: 'var(--lumo-primary-text-color, #00376b)',
              outline: '3px solid var(--lumo-primary-color, #005fb8)', outlineOffset: '2px', borderRadius: '4px'};
            Object.assign(link.style, hidden);
            link.addEventListener('focus', () => Object.assign(link.style, shown));
            link.addEventListener('blur', () => { link.removeAttribute('style'); Object.assign(link.style, hidden); });
            link.addEventListener('click', e => {
              e.preventDefault();
              e.stopPropagation();
              if (!target.matches('vaadin-text-area, vaadin-text-field, vaadin-button, a[href], [tabindex]')) {
                target.setAttribute('tabindex', '-1');
              }
              target.focus({preventScroll: false});
            });
            """;

    private SkipLink() {
    }

    /** A link to put first on the screen; {@code text} is the translated "Skip to the main content". */
    public static Anchor to(Component target, String text) {
        String id = target.getId().orElseGet(() -> {
            String made = "rt-main-content"; // not text: an element id
            target.setId(made);
            return made;
        });
        Anchor link = new Anchor("#" + id, text);
        link.addClassName("rt-skip-link");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs(BEHAVIOUR, target.getElement());
        return link;
    }
}
