package org.roundtable.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Says plainly, always in view, whether this screen is connected to the server: for the tablet
 * (and any other screen that adds it). It is kept up to date in the browser itself, from Vaadin's
 * connection state ({@code window.Vaadin.connectionState}, which Flow's client sets to
 * {@code connected}, {@code loading}, {@code reconnecting} or {@code connection-lost}) and the
 * browser's {@code online}/{@code offline} events, because it has to change while the server
 * cannot be reached.
 */
final class ConnectionIndicator extends Div {

    static final String CONNECTED = "Connected";
    static final String RECONNECTING = "Reconnecting… your typing is kept";
    static final String OFFLINE = "Offline — notes will be sent when the connection returns";

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

    ConnectionIndicator() {
        addClassName("rt-connection");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("data-state", "connected");
        Span text = new Span(CONNECTED);
        text.addClassName("rt-connection-text");
        add(text);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs(FOLLOW, CONNECTED, RECONNECTING, OFFLINE);
    }
}
