package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.SetupDefaults;
import org.roundtable.event.StageKind;
import org.roundtable.shared.Texts;

/** The agenda: stages in order, each with planned minutes and a kind; the total planned time. */
final class AgendaSection extends SetupSection {

    private final ListEditor<AgendaStage> stages;
    private final Paragraph total = new Paragraph();

    AgendaSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.agenda.heading", preparation, caller, eventId);
        total.addClassName("rt-agenda-total");
        total.getElement().setAttribute("aria-live", "polite");
        total.getStyle().set("font-weight", "600");
        stages = new ListEditor<>("event.list.stage", this::stageRow, this::showTotal);
        Button add = new Button(getTranslation("event.agenda.add"), click -> stages.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button defaults = new Button(getTranslation("event.agenda.defaults"), click -> {
            stages.setItems(SetupDefaults.AGENDA);
            showTotal();
        });
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("event.agenda.intro")),
                stages, add, total);
        addFooter("event.agenda.save", () -> preparation.changeAgenda(caller, eventId, stages.items()), defaults);
        load();
    }

    @Override
    void load() {
        stages.setItems(preparation.agendaFor(caller, eventId));
        showTotal();
    }

    private void showTotal() {
        int minutes = AgendaStage.totalMinutes(stages.items());
        total.setText(getTranslation("event.agenda.total", AgendaStage.duration(getLocale(), minutes)));
    }

    private ListEditor.Row<AgendaStage> stageRow(@Nullable AgendaStage stage, Runnable changed) {
        TextField title = new TextField(getTranslation("event.agenda.stage"));
        title.setWidth("22rem");
        title.setMaxLength(120);
        IntegerField minutes = new IntegerField(getTranslation("event.agenda.minutes"));
        minutes.setMin(1);
        minutes.setMax(EventPreparation.MAX_STAGE_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("8rem");
        Select<StageKind> kind = new Select<>();
        kind.setLabel(getTranslation("event.agenda.kind"));
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(k -> Texts.label(getLocale(), k));
        kind.setWidth("22rem");
        title.setValue(stage == null ? "" : stage.title());
        minutes.setValue(stage == null ? 30 : stage.minutes());
        kind.setValue(stage == null ? StageKind.OTHER : stage.kind());
        minutes.addValueChangeListener(change -> changed.run());
        return ListEditor.Row.of(() -> {
            Integer value = minutes.getValue();
            return new AgendaStage(title.getValue(), value == null ? 0 : value, kind.getValue());
        }, title, minutes, kind);
    }
}
