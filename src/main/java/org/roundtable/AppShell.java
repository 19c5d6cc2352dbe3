package org.roundtable;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: Lumo first, then our base look; every screen of an event is
 * kept live over a WebSocket push connection.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/roundtable.css")
@StyleSheet("themes/stages.css")
@StyleSheet("themes/room.css")
@StyleSheet("themes/notes.css")
@StyleSheet("themes/groups.css")
@StyleSheet("themes/wall.css")
@StyleSheet("themes/evaluation.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/roundtable.svg", "any");
    }
}
