package org.roundtable.event.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * An ordered list a facilitator edits in place: each row has its fields and buttons to move it up
 * or down or remove it. Nothing is saved until the section's save button is pressed.
 *
 * @param <T> the value of one row
 */
final class ListEditor<T> extends Div {

    /** One row's fields, and the value they hold now. */
    interface Row<T> {
        Component fields();

        T value();

        /** A row of {@code fields} side by side (wrapping on narrow screens), read by {@code value}. */
        static <T> Row<T> of(Supplier<T> value, Component... fields) {
            Component shown = fields.length == 1 ? fields[0] : fieldsSideBySide(fields);
            return new Row<>() {
                @Override
                public Component fields() {
                    return shown;
                }

                @Override
                public T value() {
                    return value.get();
                }
            };
        }
    }

    /** Fields in one line that wraps, as every setup form lays them out. */
    static Div fieldsSideBySide(Component... fields) {
        Div row = new Div(fields);
        row.addClassName("rt-fields");
        return row;
    }

    private final String itemNameKey;
    private final BiFunction<@Nullable T, Runnable, Row<T>> rowFactory;
    private final Runnable changed;
    private final List<Row<T>> rows = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    /** Each row's up, down and remove buttons as last drawn, to put the focus back after a redraw. */
    private final Map<Row<T>, Button[]> buttons = new IdentityHashMap<>();

    /**
     * @param itemNameKey the key of how one row is called in button labels, e.g. "key theme"
     * @param rowFactory makes a row for a value (null: an empty new row); the runnable is to be called on every edit
     * @param changed    called after every edit, move, addition or removal
     */
    ListEditor(String itemNameKey, BiFunction<@Nullable T, Runnable, Row<T>> rowFactory, Runnable changed) {
        this.itemNameKey = itemNameKey;
        this.rowFactory = rowFactory;
        this.changed = changed;
        list.addClassName("rt-list-editor");
        add(list);
    }

    void setItems(List<T> items) {
        rows.clear();
        items.forEach(item -> rows.add(rowFactory.apply(item, changed)));
        render();
    }

    /** Adds an empty row at the end. */
    void addEmpty() {
        Row<T> row = rowFactory.apply(null, changed);
        rows.add(row);
        render();
        changed.run();
        // The new row's first field takes the focus: a keyboard user types on where the row appeared.
        focusFirstField(row.fields());
    }

    private static boolean focusFirstField(Component component) {
        if (component instanceof Focusable<?> field) {
            field.focus();
            return true;
        }
        return component.getChildren().anyMatch(ListEditor::focusFirstField);
    }

    List<T> items() {
        return rows.stream().map(Row::value).toList();
    }

    int size() {
        return rows.size();
    }

    private void move(Row<T> row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        render();
        changed.run();
        // The redraw made new buttons: the focus follows the moved row, on the same button while it can
        // move that way again, else on the other one, so Enter moves it on and the focus is never lost.
        Button[] moved = buttons.get(row);
        Button same = by < 0 ? moved[0] : moved[1];
        (same.isEnabled() ? same : by < 0 ? moved[1] : moved[0]).focus();
    }

    private void remove(Row<T> row) {
        int at = rows.indexOf(row);
        rows.remove(row);
        render();
        changed.run();
        // The focus goes to the row that took its place (or the one before), not to the page.
        if (!rows.isEmpty()) {
            buttons.get(rows.get(Math.min(at, rows.size() - 1)))[2].focus();
        }
    }

    private void render() {
        list.removeAll();
        buttons.clear();
        String itemName = getTranslation(itemNameKey);
        for (int i = 0; i < rows.size(); i++) {
            Row<T> row = rows.get(i);
            int position = i + 1;
            Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("event.list.move-up", itemName, position),
                    "rt-move-up", () -> move(row, -1));
            up.setEnabled(i > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("event.list.move-down", itemName, position),
                    "rt-move-down", () -> move(row, 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = iconButton(VaadinIcon.TRASH, getTranslation("event.list.remove", itemName, position),
                    "rt-remove", () -> remove(row));
            this.buttons.put(row, new Button[] {up, down, remove});
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("rt-row-buttons");
            ListItem item = new ListItem(row.fields(), buttons);
            item.addClassName("rt-list-row");
            item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                    .set("gap", "var(--lumo-space-s)");
            list.add(item);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, String className, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }
}
