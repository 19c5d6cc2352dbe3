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

    static DateTimeFormatter when(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(ZoneId.of("Europe/London"));
    }

    private final TextArea text = new TextArea(getTranslation("event.terms.text"));
    private final Paragraph showing = new Paragraph();
    private final Markdown shown = new Markdown();
    private final UnorderedList versions = new UnorderedList();

    TermsSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.terms.heading", preparation, caller, eventId);
        text.setHelperText(getTranslation("event.terms.help"));
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
        addFooter("event.terms.save", () -> preparation.reviseTermsOfReference(caller, eventId, text.getValue()));
        add(new H3(getTranslation("event.terms.as-it-reads")), showing, shown,
                new H3(getTranslation("event.terms.versions")), versions);
        load();
    }

    @Override
    void load() {
        TermsOfReference terms = preparation.termsOfReferenceFor(caller, eventId);
        versions.removeAll();
        if (terms.versions().isEmpty()) {
            text.setValue("");
            showing.setText(getTranslation("event.terms.none"));
            shown.setContent("");
            return;
        }
        TermsVersion current = terms.current().orElseThrow();
        text.setValue(current.markdown());
        show(current, terms.versions().size());
        List<TermsVersion> newestFirst = terms.versions().reversed();
        for (TermsVersion version : newestFirst) {
            Button view = new Button(getTranslation("event.terms.show"),
                    click -> show(version, terms.versions().size()));
            view.setAriaLabel(getTranslation("event.terms.show-version", version.number()));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            view.addClassName("rt-show-version");
            Button reuse = new Button(getTranslation("event.terms.copy"), click -> text.setValue(version.markdown()));
            reuse.setAriaLabel(getTranslation("event.terms.copy-version", version.number()));
            reuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            ListItem item = new ListItem(new Span(describe(version)), view, reuse);
            item.addClassName("rt-terms-version");
            versions.add(item);
        }
    }

    private void show(TermsVersion version, int count) {
        showing.setText(version.number() == count
                ? getTranslation("event.terms.current", describe(version))
                : getTranslation("event.terms.earlier", describe(version), count));
        shown.setContent(version.markdown());
    }

    private String describe(TermsVersion version) {
        return getTranslation("event.terms.version", version.number(), version.authorName(),
                when(getLocale()).format(version.at()));
    }
}
