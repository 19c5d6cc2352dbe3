package org.roundtable.board.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jsoup.Jsoup;
import tools.jackson.databind.node.ObjectNode;

/**
 * Taps on the timeline board's buttons as a browser reports them: the button must be on the
 * screen (in the board's HTML or as an element of its own), and the tap is a click on the board
 * carrying the action the button names, as the board's click listener asks the browser for.
 */
final class BoardTaps {

    private BoardTaps() {
    }

    /** Taps the {@code index}-th button with class {@code buttonClass} ("rt-add-note", "rt-analyse", "rt-add-gap-note"). */
    static void tap(BrowserlessUIContext screen, String buttonClass, int index) {
        TimelineBoard board = screen.find(TimelineBoard.class).single();
        List<String> actions = new ArrayList<>();
        collect(board.getElement(), buttonClass, actions);
        if (index >= actions.size()) {
            throw new AssertionError("The board shows " + actions.size() + " buttons ." + buttonClass
                    + "; there is no number " + index);
        }
        tapAction(screen, actions.get(index));
    }

    /** A click on the board naming {@code action}, whatever the board shows: as a tampered browser could send it. */
    static void tapAction(BrowserlessUIContext screen, String action) {
        TimelineBoard board = screen.find(TimelineBoard.class).single();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(TimelineBoard.CLICKED_ACTION, action);
        data.put(TimelineBoard.CLICKED_A_BUTTON, true);
        board.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(board.getElement(), "click", data));
        screen.roundTrip();
    }

    private static void collect(Element element, String buttonClass, List<String> actions) {
        if (element.getClassList().contains(buttonClass)) {
            actions.add(element.getAttribute(TimelineMarkup.ACTION_ATTRIBUTE));
            return;
        }
        if (element.hasProperty("innerHTML")) {
            Jsoup.parseBodyFragment(element.getProperty("innerHTML", "")).select("." + buttonClass)
                    .forEach(button -> actions.add(button.attr(TimelineMarkup.ACTION_ATTRIBUTE)));
            return;
        }
        element.getChildren().forEach(child -> collect(child, buttonClass, actions));
    }
}
