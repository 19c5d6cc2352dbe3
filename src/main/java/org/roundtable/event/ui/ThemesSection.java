package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.KeyTheme;

/** The key themes for analysis, in order, each with an optional description; a warning above seven. */
final class ThemesSection extends SetupSection {

    private final Paragraph warning = new Paragraph();
    private final ListEditor<KeyTheme> themes;

    ThemesSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.themes.heading", preparation, caller, eventId);
        warning.addClassName("rt-warning");
        warning.getElement().setAttribute("role", "status");
        warning.getStyle().set("color", "#7a4b00").set("font-weight", "600");
        themes = new ListEditor<>("event.list.key-theme", (theme, changed) -> themeRow(theme), this::warnIfTooMany);
        Button add = new Button(getTranslation("event.themes.add"), click -> themes.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("event.themes.intro")), warning, themes, add);
        addFooter("event.themes.save", () -> preparation.changeKeyThemes(caller, eventId, themes.items()));
        load();
    }

    @Override
    void load() {
        themes.setItems(preparation.keyThemesFor(caller, eventId));
        warnIfTooMany();
    }

    private void warnIfTooMany() {
        warning.setText(KeyTheme.warningFor(getLocale(), themes.size()).orElse(""));
        warning.setVisible(!warning.getText().isEmpty());
    }

    private ListEditor.Row<KeyTheme> themeRow(@Nullable KeyTheme theme) {
        TextField title = new TextField(getTranslation("event.themes.theme"));
        title.setWidth("22rem");
        title.setMaxLength(120);
        TextArea description = new TextArea(getTranslation("event.themes.description"));
        description.setWidth("28rem");
        description.setMaxLength(1000);
        if (theme != null) {
            title.setValue(theme.title());
            description.setValue(theme.description() == null ? "" : theme.description());
        }
        return ListEditor.Row.of(() -> new KeyTheme(title.getValue(), description.getValue()), title, description);
    }
}
