package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;

/**
 * What a screen shows as text, the board's HTML fragments included: the server holds those as
 * one string each, so their text is read the way a browser would parse it.
 */
final class ShownText {

    private ShownText() {
    }

    /** The text of an element and everything under it, with each fragment's text as the browser shows it. */
    static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(element.getProperty("innerHTML", "")).body().wholeText();
        }
        StringBuilder text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(of(child)));
        return text.toString();
    }

    /** The text of every note on the timeline boards of a screen, one string per note. */
    static List<String> notes(BrowserlessUIContext screen) {
        return screen.find(TimelineBoard.class).all().stream().flatMap(board -> notesUnder(board.getElement()).stream())
                .toList();
    }

    private static List<String> notesUnder(Element element) {
        if (element.isTextNode()) {
            return List.of();
        }
        if (element.getTag().equals("li") && element.getClassList().contains("rt-note")) {
            return List.of(of(element));
        }
        return element.getChildren().flatMap(child -> notesUnder(child).stream()).toList();
    }

    /** The text of every element with {@code className} in the fragments under {@code element}, exactly as written. */
    static List<String> inFragments(Element element, String className) {
        if (element.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(element.getProperty("innerHTML", "")).select("." + className).stream()
                    .map(org.jsoup.nodes.Element::wholeText).toList();
        }
        return element.getChildren().flatMap(child -> inFragments(child, className).stream()).toList();
    }
}
