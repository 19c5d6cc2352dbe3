package org.roundtable.event.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.TermsOfReference;
import org.roundtable.event.TermsVersion;

/**
 * The terms of reference: written in Markdown, shown formatted, every saved revision kept with who
 * saved it and when, and earlier revisions open to read.
 */
final class TermsSection extends SetupSection {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final TextArea text = new TextArea("Terms of reference (Markdown)");
    private final Paragraph showing = new Paragraph();
    private final Markdown shown = new Markdown();
    private final UnorderedList versions = new UnorderedList();

    TermsSection(EventPreparation preparation, Caller caller, String eventId) {
        super("Terms of reference", preparation, caller, eventId);
        text.setHelperText("Markdown: # Heading, **bold**, *italic*, - list item, 1. numbered item. "
                + "Each save is kept as a new version.");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxHeight("24rem");
        text.setMaxLength(EventPreparation.MAX_TERMS_LENGTH);
        showing.addClassName("rt-terms-showing");
        shown.addClassName("rt-terms-shown");
        shown.getStyle().set("border", "1px solid var(--rt-line, #ccc)").set("padding", "0 var(--lumo-space-m)")
                .set("background", "var(--rt-card, #fff)");
        versions.addClassName("rt-terms-versions");
        add(text);
        addFooter("Save as a new version", () -> preparation.reviseTermsOfReference(caller, eventId, text.getValue()));
        add(new H3("As it reads"), showing, shown, new H3("Versions"), versions);
        load();
    }

    @Override
    void load() {
        TermsOfReference terms = preparation.termsOfReferenceFor(caller, eventId);
        versions.removeAll();
        if (terms.versions().isEmpty()) {
            text.setValue("");
            showing.setText("No terms of reference yet.");
            shown.setContent("");
            return;
        }
        TermsVersion current = terms.current().orElseThrow();
        text.setValue(current.markdown());
        show(current, terms.versions().size());
        List<TermsVersion> newestFirst = terms.versions().reversed();
        for (TermsVersion version : newestFirst) {
            Button view = new Button("Show", click -> show(version, terms.versions().size()));
            view.setAriaLabel("Show version " + version.number());
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            view.addClassName("rt-show-version");
            Button reuse = new Button("Copy into the editor", click -> text.setValue(version.markdown()));
            reuse.setAriaLabel("Copy version " + version.number() + " into the editor");
            reuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            ListItem item = new ListItem(new Span(describe(version)), view, reuse);
            item.addClassName("rt-terms-version");
            versions.add(item);
        }
    }

    private void show(TermsVersion version, int count) {
        showing.setText(version.number() == count
                ? "The current version (" + describe(version) + "):"
                : "An earlier version (" + describe(version) + "); the current one is version " + count + ":");
        shown.setContent(version.markdown());
    }

    static String describe(TermsVersion version) {
        return "version " + version.number() + ", saved by " + version.authorName() + " on " + WHEN.format(version.at());
    }
}
