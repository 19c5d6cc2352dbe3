package org.roundtable.board.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps a keyboard user's place in a part that redraws itself from the live log (the learning
 * wall, the lived-experience lane, a group's board). A redraw replaces the buttons, so the one
 * that had the focus (or that a closing dialog or menu would give it back to) is gone and the
 * focus falls to the page: the next Tab starts again from the top. Marked controls carry a key;
 * when the focus is lost, the control with the same key in the new drawing takes it back. When
 * that control is gone with its item (a withdrawn point), the nearest control that followed it and
 * still stands takes the focus (the next item, or the part's add button), else the one before it.
 */
final class FocusAfterRedraw {

    private static final String KEY_ATTRIBUTE = "data-rt-focus-key"; // not text: an attribute name

    /**
     * Runs with `this` as the part. The key is remembered on focus inside the part and forgotten
     * when the focus moves elsewhere on the page (dialogs and menus the part opened do not count),
     * or on a pointer press outside the part, so a mouse user's focus is never pulled back.
     */
    private static final String KEEP = """
            const part = this;
            if (part.__rtFocusKept) { return; }
            part.__rtFocusKept = true;
            let key = null;
            // Where to go when the focused item itself is gone (a withdrawn point): what followed it, else what preceded.
            let after = [], afterKeys = [], beforeKeys = [];
            const tabbables = root => [...root.querySelectorAll('vaadin-button, button, a[href], vaadin-text-area, '
              + 'vaadin-text-field, vaadin-checkbox, vaadin-select, vaadin-radio-button, [tabindex="0"]')]
              .filter(e => !e.hasAttribute('disabled') && e.checkVisibility());
            const remember = path => {
              const el = path.find(e => e.getAttribute && e.hasAttribute('data-rt-focus-key'));
              if (!el) { after = []; afterKeys = []; beforeKeys = []; return; }
              const follows = e => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING;
              after = tabbables(part).filter(e => follows(e) && !el.contains(e));
              const keyed = [...part.querySelectorAll('[data-rt-focus-key]')];
              afterKeys = keyed.filter(follows).map(e => e.getAttribute('data-rt-focus-key'));
              beforeKeys = keyed.filter(e => !follows(e) && e !== el).map(e => e.getAttribute('data-rt-focus-key')).reverse();
            };
            const keyOf = path => { const el = path.find(e => e.getAttribute && e.hasAttribute('data-rt-focus-key'));
              return el ? el.getAttribute('data-rt-focus-key') : null; };
            const aside = path => path.some(e => e.localName && (e.localName.startsWith('vaadin-dialog')
              || e.localName.startsWith('vaadin-confirm-dialog') || e.localName.startsWith('vaadin-context-menu')
              || e.localName.startsWith('vaadin-notification') || (e.getAttribute && e.getAttribute('role') === 'dialog')));
            const focused = e => {
              const path = e.composedPath();
              if (path.includes(part)) { key = keyOf(path); remember(path); } else if (!aside(path)) { key = null; }
            };
            const pressed = e => { if (!e.composedPath().includes(part)) { key = null; } };
            document.addEventListener('focusin', focused, true);
            document.addEventListener('pointerdown', pressed, true);
            const restore = () => {
              const active = document.activeElement;
              if (key === null || !part.isConnected || (active && active !== document.body)) { return; }
              const again = part.querySelector('[data-rt-focus-key="' + CSS.escape(key) + '"]');
              if (again) { again.focus({preventScroll: false}); return; }
              // The item is gone: the nearest of what followed it and still stands (the next item, or the add button).
              const byKey = k => part.querySelector('[data-rt-focus-key="' + CSS.escape(k) + '"]');
              const next = [afterKeys.map(byKey).find(e => e && e.checkVisibility()), after.find(e => e.isConnected
                && part.contains(e) && e.checkVisibility())].filter(e => e)
                .sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)[0]
                || beforeKeys.map(byKey).find(e => e && e.checkVisibility()) || tabbables(part)[0];
              if (next) { next.focus({preventScroll: false}); }
            };
            new MutationObserver(() => setTimeout(restore, 0)).observe(part, {childList: true, subtree: true});
            // A closing dialog gives the focus back after its animation, to a button that may be gone by then.
            // Once the part has left the page for good, its listeners go with it.
            const watch = setInterval(() => {
              if (part.isConnected) { restore(); return; }
              clearInterval(watch);
              document.removeEventListener('focusin', focused, true);
              document.removeEventListener('pointerdown', pressed, true);
              part.__rtFocusKept = false;
            }, 250);
            """;

    private FocusAfterRedraw() {
    }

    /** Watches {@code part} each time it is attached. */
    static <T extends Component> T keepIn(T part) {
        part.addAttachListener(attach -> part.getElement().executeJs(KEEP));
        return part;
    }

    /** Marks a control that a redraw draws again: the same key in the next drawing takes the focus back. */
    static <T extends Component> T mark(T control, String key) {
        control.getElement().setAttribute(KEY_ATTRIBUTE, key);
        return control;
    }
}
