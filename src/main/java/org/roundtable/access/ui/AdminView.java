package org.roundtable.access.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.AccountSummary;
import org.roundtable.access.Accounts;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditEntry;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.access.Role;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The administrator's screen: the accounts (create facilitators and note-takers, unlock, sign
 * someone out everywhere) and the audit trail with its CSV download.
 */
@Route("admin")
@PageTitle("Administration · Roundtable")
@RolesAllowed("ADMINISTRATOR")
public class AdminView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Caller.Account admin;

    final Grid<AccountSummary> accountGrid = new Grid<>();
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Paragraph message = new Paragraph();

    final Grid<AuditEntry> auditGrid = new Grid<>();
    final Select<AuditAction> actionFilter = new Select<>();
    final TextField textFilter = new TextField("Contains");
    private List<AuditEntry> entries = List.of();

    AdminView(Accounts accounts, AuditTrail audit, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.admin = callers.account().orElseThrow();
        addClassName("rt-page");
        addClassName("rt-admin");
        Button signOut = new Button("Sign out", click -> callers.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Header(new Anchor("", "← Learning events"), new H1("Administration"), new Div(signOut)));

        TabSheet tabs = new TabSheet();
        tabs.add("Accounts", accountsTab());
        tabs.add("Audit trail", auditTab());
        tabs.addSelectedChangeListener(change -> {
            if ("Audit trail".equals(change.getSelectedTab().getLabel())) {
                showAudit();
            }
        });
        tabs.setWidthFull();
        add(tabs);
        showAccounts();
        showAudit();
    }

    private VerticalLayout accountsTab() {
        accountGrid.addColumn(AccountSummary::username).setHeader("User name").setAutoWidth(true);
        accountGrid.addColumn(a -> a.roles().stream().map(AdminView::roleName).sorted()
                .collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        accountGrid.addColumn(a -> a.lockedUntil() == null ? "" : WHEN.format(a.lockedUntil()))
                .setHeader("Locked until").setAutoWidth(true);
        accountGrid.addColumn(a -> WHEN.format(a.created())).setHeader("Created").setAutoWidth(true);
        accountGrid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        accountGrid.setAllRowsVisible(true);

        role.setLabel("Role");
        role.setItems(Role.FACILITATOR, Role.NOTE_TAKER);
        role.setItemLabelGenerator(AdminView::roleName);
        role.setValue(Role.FACILITATOR);
        password.setHelperText("At least " + Accounts.MIN_PASSWORD_LENGTH + " characters; a passphrase is best. "
                + "Give it to the person by another way than the user name.");
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        Button create = new Button("Create account", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setWrap(true);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        VerticalLayout tab = new VerticalLayout(accountGrid, new H2("New account"), form, message);
        tab.setPadding(false);
        return tab;
    }

    HorizontalLayout actions(AccountSummary account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.lockedUntil() != null) {
            Button unlock = new Button("Unlock", click -> act(() -> accounts.unlock(admin, account.username()),
                    account.username() + " is unlocked."));
            unlock.setAriaLabel("Unlock " + account.username());
            actions.add(unlock);
        }
        Button everywhere = new Button("Sign out everywhere", click -> act(
                () -> accounts.signOutEverywhere(admin, account.username()),
                account.username() + " is signed out everywhere."));
        everywhere.setAriaLabel("Sign " + account.username() + " out everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(everywhere);
        return actions;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (InvalidInput | NotAllowed e) {
            Notification.show(e.getMessage());
        }
        showAccounts();
        showAudit();
    }

    private void create() {
        try {
            String name = username.getValue();
            if (role.getValue() == Role.NOTE_TAKER) {
                accounts.createNoteTaker(admin, name, password.getValue());
            } else {
                accounts.createFacilitator(admin, name, password.getValue());
            }
            Notification.show("Account " + name.strip().toLowerCase(Locale.ROOT) + " created.");
            username.clear();
            password.clear();
            message.setText("");
            showAccounts();
            showAudit();
        } catch (InvalidInput | NotAllowed e) {
            message.setText(e.getMessage());
        }
    }

    private void showAccounts() {
        accountGrid.setItems(accounts.list(admin));
    }

    private VerticalLayout auditTab() {
        auditGrid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true);
        auditGrid.addColumn(AuditEntry::who).setHeader("Who").setAutoWidth(true);
        auditGrid.addColumn(e -> e.action().label()).setHeader("Action").setAutoWidth(true);
        auditGrid.addColumn(e -> e.eventId() == null ? "" : e.eventId()).setHeader("Event").setAutoWidth(true);
        auditGrid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(1);
        auditGrid.setHeight("60vh");

        actionFilter.setLabel("Action");
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(a -> a == null ? "All" : a.label());
        actionFilter.setEmptySelectionAllowed(true);
        actionFilter.setEmptySelectionCaption("All");
        actionFilter.addValueChangeListener(change -> filter());
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.setClearButtonVisible(true);
        textFilter.addValueChangeListener(change -> filter());

        DownloadHandler csv = DownloadHandler.fromInputStream(download -> {
            byte[] bytes = audit.csvFor(admin);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-trail.csv", "text/csv", bytes.length);
        });
        Anchor download = new Anchor(csv, "Download CSV");
        download.addClassName("rt-audit-download");

        HorizontalLayout filters = new HorizontalLayout(actionFilter, textFilter, download);
        filters.setWrap(true);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(filters, auditGrid);
        tab.setPadding(false);
        return tab;
    }

    private void showAudit() {
        entries = audit.entriesFor(admin);
        filter();
    }

    private void filter() {
        @Nullable AuditAction action = actionFilter.getValue();
        String text = textFilter.getValue().strip().toLowerCase(Locale.ROOT);
        auditGrid.setItems(entries.stream()
                .filter(e -> action == null || e.action() == action)
                .filter(e -> text.isEmpty() || (e.who() + " " + e.detail() + " " + (e.eventId() == null ? ""
                        : e.eventId())).toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private static String roleName(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "Administrator";
            case FACILITATOR -> "Facilitator";
            case NOTE_TAKER -> "Note-taker";
        };
    }
}
