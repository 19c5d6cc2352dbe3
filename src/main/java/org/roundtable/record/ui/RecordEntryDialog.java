package org.roundtable.record.ui;

import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordEntry;
import org.roundtable.record.RecordEntryVersion;
import org.roundtable.record.RecordTag;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * Editing one record entry, with every earlier version listed (who, when, what it said). A
 * refused edit keeps its text in the field, with the reason shown beside it.
 */
final class RecordEntryDialog extends Dialog {

    final TextArea text = new TextArea();
    final CheckboxGroup<RecordTag> tags = new CheckboxGroup<>();
    final Checkbox unlink = new Checkbox();
    final Button save = new Button();

    RecordEntryDialog(NoteTaking record, Caller caller, LearningEvent event, RecordEntry entry) {
        addClassName("rt-record-dialog");
        setHeaderTitle(getTranslation("record.dialog.title", entry.stageLabel(getLocale())));
        text.setLabel(getTranslation("record.console.entry"));
        tags.setLabel(getTranslation("record.dialog.tags"));
        unlink.setLabel(getTranslation("record.console.remove-link"));
        save.setText(getTranslation("record.dialog.save"));
        text.setWidthFull();
        text.setAutofocus(true);
        text.setMinHeight("10em");
        text.setValue(entry.text());
        tags.setItems(RecordTag.values());
        tags.setItemLabelGenerator(tag -> tag.label(getLocale()));
        tags.setValue(entry.tags());
        add(text, tags);
        boolean linked = entry.timelineEntryId() != null || entry.groupPointId() != null;
        if (linked) {
            add(unlink);
        }

        List<RecordEntryVersion> history = record.historyOf(caller, event.id(), entry.id());
        if (history.size() > 1) {
            OrderedList versions = new OrderedList();
            versions.addClassName("rt-record-history");
            for (RecordEntryVersion version : history) {
                versions.add(new ListItem(NoteTakerView.TIME.format(version.at().atZone(NoteTakerView.LONDON))
                        + " · " + version.byIn(getLocale()) + ": " + version.text()));
            }
            add(new H3(getTranslation("record.dialog.earlier")), versions);
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean keep = linked && !unlink.getValue();
            try {
                record.edit(caller, event.id(), entry.id(), text.getValue(),
                        tags.getValue().isEmpty() ? EnumSet.noneOf(RecordTag.class) : EnumSet.copyOf(tags.getValue()),
                        keep ? entry.timelineEntryId() : null, keep ? entry.groupPointId() : null);
                close();
            } catch (InvalidInput refused) {
                text.setErrorMessage(refused.messageIn(getLocale()));
                text.setInvalid(true);
            } catch (NotAllowed refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("record.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
