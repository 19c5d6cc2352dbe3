package org.roundtable.board.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The small dialogs of the learning wall and the lived experience lane: type a short text, or
 * choose one item. A refused action keeps the dialog open with what was typed and the reason.
 */
final class WallDialogs {

    /** An action on what the person typed or chose; it may refuse with {@link InvalidInput} or {@link NotAllowed}. */
    interface Action<T> extends Consumer<T> {
    }

    private WallDialogs() {
    }

    /** Asks for a short text (a theme's title, a period's name). */
    static Dialog askText(String title, String label, @Nullable String initial, int maxLength, String confirm,
            Action<String> action) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-wall-dialog");
        dialog.setHeaderTitle(title);
        TextField field = new TextField(label);
        field.setWidthFull();
        field.setMaxLength(maxLength);
        field.setValue(initial == null ? "" : initial);
        field.setAutofocus(true);
        dialog.add(field);
        Button ok = new Button(confirm, click -> {
            try {
                action.accept(field.getValue());
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                field.setErrorMessage(Refusals.reason(refused));
                field.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Texts.get(Refusals.language(), "board.wall.cancel"), click -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }

    /** Asks to choose one of {@code items} (a theme to move a point into or merge with). */
    static <T> Dialog choose(String title, String label, List<T> items, Function<T, String> labels, String confirm,
            Action<T> action) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-wall-dialog");
        dialog.setHeaderTitle(title);
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(labels::apply);
        select.setWidthFull();
        dialog.add(select);
        Button ok = new Button(confirm, click -> {
            T chosen = select.getValue();
            if (chosen == null) {
                select.setErrorMessage(Texts.get(Refusals.language(), "board.wall.choose-one"));
                select.setInvalid(true);
                return;
            }
            try {
                action.accept(chosen);
                dialog.close();
            } catch (InvalidInput | NotAllowed refused) {
                select.setErrorMessage(Refusals.reason(refused));
                select.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Texts.get(Refusals.language(), "board.wall.cancel"), click -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }

    /** Runs a one-click action (hide, agree, vote); a refusal is shown as a notification. */
    static void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput | NotAllowed refused) {
            Notification.show(Refusals.reason(refused), 4000, Notification.Position.BOTTOM_CENTER);
        }
    }
}
