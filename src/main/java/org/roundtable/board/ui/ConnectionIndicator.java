package org.roundtable.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.roundtable.shared.Texts;

/**
 * Says plainly, always in view, whether this screen is connected to the server: for the tablet
 * (and any other screen that adds it). It is kept up to date in the browser itself, from Vaadin's
 * connection state ({@code window.Vaadin.connectionState}, which Flow's client sets to
 * {@code connected}, {@code loading}, {@code reconnecting} or {@code connection-lost}) and the
 * browser's {@code online}/{@code offline} events, because it has to change while the server
 * cannot be reached.
 */
final class ConnectionIndicator extends Div {

    /** The keys of the three states' words. */
    static final String CONNECTED = "board.connection.connected";
    static final String RECONNECTING = "board.connection.reconnecting";
    static final String OFFLINE = "board.connection.offline";

    private static final String FOLLOW = """
            const box = this, label = box.querySelector('.rt-connection-text');
            const words = {connected: $0, reconnecting: $1, offline: $2};
            const store = window.Vaadin && window.Vaadin.connectionState;
            const show = () => {
              if (!box.isConnected) {
                window.removeEventListener('online', show);
                window.removeEventListener('offline', show);
                if (store) { store.removeStateChangeListener(show); }
                return;
              }
              const flow = store ? store.state : 'connected';
              // While a request is under way the last known state stands.
              if (flow === 'loading' && navigator.onLine) { return; }
              const state = !navigator.onLine || flow === 'connection-lost' ? 'offline'
                  : flow === 'reconnecting' ? 'reconnecting' : 'connected';
              if (box.dataset.state !== state) {
                box.dataset.state = state;
                label.textContent = words[state];
              }
            };
            if (!box.__rtFollowing) {
              box.__rtFollowing = true;
              window.addEventListener('online', show);
              window.addEventListener('offline', show);
              if (store) { store.addStateChangeListener(show); }
            }
            show();
            """;

    private final Span text = new Span();

    ConnectionIndicator() {
        addClassName("rt-connection");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-state", "connected");
        text.addClassName("rt-connection-text");
        add(text);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // In the screen's language, which is settled by the time the screen is attached.
        text.setText(Texts.get(getLocale(), CONNECTED));
        getElement().executeJs(FOLLOW, Texts.get(getLocale(), CONNECTED), Texts.get(getLocale(), RECONNECTING),
                Texts.get(getLocale(), OFFLINE));
    }
}
