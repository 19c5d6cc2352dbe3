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

/** The agenda: stages in order, each with planned minutes and a kind; the total planned time. */
final class AgendaSection extends SetupSection {

    private final ListEditor<AgendaStage> stages;
    private final Paragraph total = new Paragraph();

    AgendaSection(EventPreparation preparation, Caller caller, String eventId) {
        super("Agenda", preparation, caller, eventId);
        total.addClassName("rt-agenda-total");
        total.getElement().setAttribute("aria-live", "polite");
        total.getStyle().set("font-weight", "600");
        stages = new ListEditor<>("stage", AgendaSection::stageRow, this::showTotal);
        Button add = new Button("Add a stage", click -> stages.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button defaults = new Button("Put back the default agenda", click -> {
            stages.setItems(SetupDefaults.AGENDA);
            showTotal();
        });
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph("The kind of each stage decides what the projector and tablets show while it runs."),
                stages, add, total);
        addFooter("Save agenda", () -> preparation.changeAgenda(caller, eventId, stages.items()), defaults);
        load();
    }

    @Override
    void load() {
        stages.setItems(preparation.agendaFor(caller, eventId));
        showTotal();
    }

    private void showTotal() {
        int minutes = AgendaStage.totalMinutes(stages.items());
        total.setText("Total planned time: " + AgendaStage.duration(minutes));
    }

    private static ListEditor.Row<AgendaStage> stageRow(@Nullable AgendaStage stage, Runnable changed) {
        TextField title = new TextField("Stage");
        title.setWidth("22rem");
        title.setMaxLength(120);
        IntegerField minutes = new IntegerField("Minutes");
        minutes.setMin(1);
        minutes.setMax(EventPreparation.MAX_STAGE_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("8rem");
        Select<StageKind> kind = new Select<>();
        kind.setLabel("Kind of stage");
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(StageKind::label);
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
