package org.roundtable.board.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.binder.HasItemComponents;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * Writing a note on an entry or in a gap, on the console and the tablet. A refused note keeps its
 * text in the field, with the reason shown beside it.
 *
 * <p>On the tablet the dialog also {@linkplain TabletOutbox keeps its draft} in the tab while it
 * is typed, restores it when the same place is opened again, and on Send puts the note in the
 * tablet's outbox in the browser before the server is asked, under a key made for this draft: a
 * note sent while the connection is down is sent when it returns, once.
 */
final class NoteDialog extends Dialog {

    /**
     * Browser script on the Send button: on every tap, before the server hears of it, the note goes
     * into the outbox; typing and choices go to the draft as they change.
     */
    private static final String KEEP_IN_THE_TAB = """
            const send = this, area = $0, kindGroup = $1, perspectiveGroup = $2;
            const outboxItem = $3, draftItem = $4, key = $5, place = {kind: $6, entryId: $7};
            if (send.__rtKept) { return; }
            send.__rtKept = true;
            const picked = group => {
              const button = group.querySelector('vaadin-radio-button[checked]');
              return button && button.dataset.rtValue ? button.dataset.rtValue : null;
            };
            const note = () => ({text: area.value || '', kind: picked(kindGroup), perspective: picked(perspectiveGroup)});
            const keepDraft = () => {
              try { sessionStorage.setItem(draftItem, JSON.stringify(note())); } catch (e) { /* storage full: typing goes on */ }
            };
            area.addEventListener('input', keepDraft);
            kindGroup.addEventListener('change', keepDraft);
            perspectiveGroup.addEventListener('change', keepDraft);
            send.addEventListener('click', () => {
              const now = note();
              if (!now.text.trim() || !now.kind || !now.perspective) { return; }
              keepDraft();
              let box = {};
              try { box = JSON.parse(sessionStorage.getItem(outboxItem) || '{}') || {}; } catch (e) { box = {}; }
              box[key] = {key: key, place: place, kind: now.kind, perspective: now.perspective, text: now.text};
              try { sessionStorage.setItem(outboxItem, JSON.stringify(box)); } catch (e) { return; }
              const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
              if (!navigator.onLine || state === 'reconnecting' || state === 'connection-lost') {
                area.helperText = $8;
              }
            });
            """;

    final RadioButtonGroup<NoteKind> kind = new RadioButtonGroup<>(Texts.get(getLocale(), "board.note-dialog.kind"));
    final RadioButtonGroup<Perspective> perspective =
            new RadioButtonGroup<>(Texts.get(getLocale(), "board.note-dialog.perspective"));
    final TextArea text = new TextArea(Texts.get(getLocale(), "board.note-dialog.text"));
    final Button send = new Button(Texts.get(getLocale(), "board.note-dialog.send"));

    /**
     * Where the tab keeps this place's draft: named by the event and the place only, so the draft
     * is found again by any later page in the same tab (after a reconnect, a sleep, a reload).
     */
    final String draftItem;

    /** The dialog as the console shows it: nothing kept in the browser. */
    NoteDialog(Notes notes, Caller caller, String eventId, NotePlace place, String description) {
        this(notes, caller, eventId, place, description, false);
    }

    /**
     * @param keepsDraft whether the draft and the outbox are kept in the tab (the tablet), so a
     *                   note survives a dropped connection and a lost session
     */
    NoteDialog(Notes notes, Caller caller, String eventId, NotePlace place, String description, boolean keepsDraft) {
        addClassName("rt-note-dialog");
        String submissionKey = keepsDraft ? UUID.randomUUID().toString() : null;
        this.draftItem = TabletOutbox.draftItem(eventId, place);
        setHeaderTitle(Texts.get(getLocale(), place.kind() == NotePlace.Kind.ON_ENTRY ? "board.note-dialog.on-entry"
                : "board.note-dialog.missing-event"));
        Paragraph where = new Paragraph(description);
        where.addClassName("rt-note-where");
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        kind.setValue(place.kind() == NotePlace.Kind.ON_ENTRY ? NoteKind.COMMENT : NoteKind.ADDITIONAL_EVENT);
        perspective.setItems(Perspective.values());
        perspective.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        perspective.setValue(Perspective.AT_THE_TIME);
        perspective.setHelperText(Texts.get(getLocale(), "board.note-dialog.perspective-help"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length", 0, Notes.MAX_LENGTH));
        text.addValueChangeListener(change -> text.setHelperText(Texts.get(getLocale(), "board.note-dialog.length",
                change.getValue().codePointCount(0, change.getValue().length()), Notes.MAX_LENGTH)));
        text.setAutofocus(true);
        add(where, kind, perspective, text);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                notes.add(caller, eventId, place, kind.getValue(), perspective.getValue(), text.getValue(),
                        submissionKey);
                if (keepsDraft) {
                    getUI().ifPresent(ui -> ui.getPage().executeJs(TabletOutbox.FORGET_SENT,
                            TabletOutbox.outboxItem(eventId), submissionKey, draftItem));
                }
                Notification.show(Texts.get(getLocale(), "board.note-dialog.added"), 2000, Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                // Refused, so never to be sent again by itself; the text stays in the field and the draft.
                if (keepsDraft) {
                    getUI().ifPresent(ui -> ui.getPage().executeJs(TabletOutbox.FORGET_SENT,
                            TabletOutbox.outboxItem(eventId), submissionKey, null));
                }
                text.setErrorMessage(Texts.reason(refused, getLocale()));
                text.setInvalid(true);
            }
        });
        Button cancel = new Button(Texts.get(getLocale(), "board.note-dialog.cancel"), click -> {
            // Cancel is the one way to throw a draft away; closing the dialog otherwise keeps it.
            if (keepsDraft) {
                getUI().ifPresent(ui -> ui.getPage().executeJs("sessionStorage.removeItem($0)", draftItem));
            }
            close();
        });
        getFooter().add(cancel, send);
        if (keepsDraft) {
            keepInTheTab(eventId, place, submissionKey, draftItem);
        }
    }

    private void keepInTheTab(String eventId, NotePlace place, String submissionKey, String draftItem) {
        markValues(kind);
        markValues(perspective);
        send.getElement().executeJs(KEEP_IN_THE_TAB, text.getElement(), kind.getElement(),
                perspective.getElement(), TabletOutbox.outboxItem(eventId), draftItem, submissionKey,
                place.kind().name(), place.entryId(), Texts.get(getLocale(), "board.note-dialog.kept-until-connected"));
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                restoreDraft(draftItem);
            }
        });
    }

    /** The draft typed here before (the dialog was closed, the page reloaded, the session lost), if any. */
    private void restoreDraft(String draftItem) {
        getElement().executeJs("return sessionStorage.getItem($0) || ''", draftItem).then(String.class,
                json -> TabletOutbox.parseDraft(json).filter(draft -> !draft.text().isBlank()).ifPresent(draft -> {
                    text.setValue(draft.text());
                    if (draft.kind() != null) {
                        kind.setValue(draft.kind());
                    }
                    if (draft.perspective() != null) {
                        perspective.setValue(draft.perspective());
                    }
                }));
    }

    /** Names each option's value in the browser, so the outbox can record the choice while offline. */
    private static void markValues(RadioButtonGroup<? extends Enum<?>> group) {
        group.getChildren().forEach(option -> {
            if (option instanceof HasItemComponents.ItemComponent<?> item && item.getItem() instanceof Enum<?> value) {
                option.getElement().setAttribute("data-rt-value", value.name());
            }
        });
    }
}
