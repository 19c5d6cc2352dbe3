package org.roundtable.access.ui;

import java.io.ByteArrayInputStream;
import java.time.Instant;
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
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.TabStrips;
import org.roundtable.shared.Texts;

/**
 * The administrator's screen: the accounts (create facilitators and note-takers, unlock, sign
 * someone out everywhere) and the audit trail with its CSV download.
 */
@Route("admin")
@RolesAllowed("ADMINISTRATOR")
public class AdminView extends Main implements HasDynamicTitle {

    /** Dates and times in the screen's language: 3 Apr 2019 14:05, 3 Ebr 2019 14:05. */
    private final DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
            .withZone(ZoneId.systemDefault());

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Caller.Account admin;

    final Grid<AccountSummary> accountGrid = new Grid<>();
    final TextField username = new TextField(getTranslation("access.account.username"));
    final PasswordField password = new PasswordField(getTranslation("access.account.password"));
    final Select<Role> role = new Select<>();
    final Paragraph message = new Paragraph();

    final Grid<AuditEntry> auditGrid = new Grid<>();
    final Select<AuditAction> actionFilter = new Select<>();
    final TextField textFilter = new TextField(getTranslation("access.admin.contains"));
    private List<AuditEntry> entries = List.of();

    AdminView(Accounts accounts, AuditTrail audit, Callers callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.admin = callers.account().orElseThrow();
        addClassName("rt-page");
        addClassName("rt-admin");
        Button signOut = new Button(getTranslation("access.admin.sign-out"), click -> callers.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Header(new Anchor("", getTranslation("access.admin.back")),
                new H1(getTranslation("access.admin.heading")), new Div(new LanguageChoice(), signOut)));

        TabSheet tabs = TabStrips.withWholeTablist(new TabSheet());
        tabs.add(getTranslation("access.admin.accounts"), accountsTab());
        Tab auditTab = tabs.add(getTranslation("access.admin.audit-trail"), auditTab());
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == auditTab) {
                showAudit();
            }
        });
        tabs.setWidthFull();
        add(tabs);
        showAccounts();
        showAudit();
    }

    private VerticalLayout accountsTab() {
        accountGrid.addColumn(AccountSummary::username).setHeader(getTranslation("access.account.username"))
                .setAutoWidth(true);
        accountGrid.addColumn(a -> a.roles().stream().map(this::roleName).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("access.admin.roles")).setAutoWidth(true);
        accountGrid.addColumn(a -> a.lockedUntil() == null ? "" : when(a.lockedUntil()))
                .setHeader(getTranslation("access.admin.locked-until")).setAutoWidth(true);
        accountGrid.addColumn(a -> when(a.created())).setHeader(getTranslation("access.admin.created"))
                .setAutoWidth(true);
        accountGrid.addComponentColumn(this::actions).setHeader(getTranslation("access.admin.actions"))
                .setAutoWidth(true);
        accountGrid.setAllRowsVisible(true);

        role.setLabel(getTranslation("access.admin.role"));
        role.setItems(Role.FACILITATOR, Role.NOTE_TAKER);
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Role.FACILITATOR);
        password.setHelperText(getTranslation("access.admin.password-help", Accounts.MIN_PASSWORD_LENGTH));
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("access.admin.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setWrap(true);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        VerticalLayout tab = new VerticalLayout(accountGrid, new H2(getTranslation("access.admin.new-account")), form,
                message);
        tab.setPadding(false);
        return tab;
    }

    HorizontalLayout actions(AccountSummary account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("access.admin.unlock"), click -> act(
                    () -> accounts.unlock(admin, account.username()),
                    getTranslation("access.admin.unlocked", account.username())));
            unlock.setAriaLabel(getTranslation("access.admin.unlock-named", account.username()));
            actions.add(unlock);
        }
        Button everywhere = new Button(getTranslation("access.admin.sign-out-everywhere"), click -> act(
                () -> accounts.signOutEverywhere(admin, account.username()),
                getTranslation("access.admin.signed-out-everywhere", account.username())));
        everywhere.setAriaLabel(getTranslation("access.admin.sign-out-everywhere-named", account.username()));
        everywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(everywhere);
        return actions;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (InvalidInput refused) {
            Notification.show(refused.messageIn(getLocale()));
        } catch (NotAllowed refused) {
            Notification.show(getTranslation("access.admin.not-allowed"));
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
            Notification.show(getTranslation("access.admin.account-created", name.strip().toLowerCase(Locale.ROOT)));
            username.clear();
            password.clear();
            message.setText("");
            showAccounts();
            showAudit();
        } catch (InvalidInput refused) {
            message.setText(refused.messageIn(getLocale()));
        } catch (NotAllowed refused) {
            message.setText(getTranslation("access.admin.not-allowed"));
        }
    }

    private void showAccounts() {
        accountGrid.setItems(accounts.list(admin));
    }

    private VerticalLayout auditTab() {
        auditGrid.addColumn(e -> when(e.at())).setHeader(getTranslation("access.admin.when"))
                .setAutoWidth(true);
        auditGrid.addColumn(this::who).setHeader(getTranslation("access.admin.who")).setAutoWidth(true);
        auditGrid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("access.admin.action"))
                .setAutoWidth(true);
        auditGrid.addColumn(e -> e.eventId() == null ? "" : e.eventId()).setHeader(getTranslation("access.admin.event"))
                .setAutoWidth(true);
        auditGrid.addColumn(this::detail).setHeader(getTranslation("access.admin.detail")).setFlexGrow(1);
        auditGrid.setHeight("60vh");

        String all = getTranslation("access.admin.all");
        actionFilter.setLabel(getTranslation("access.admin.action"));
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(a -> a == null ? all : actionName(a));
        actionFilter.setEmptySelectionAllowed(true);
        actionFilter.setEmptySelectionCaption(all);
        actionFilter.addValueChangeListener(change -> filter());
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.setClearButtonVisible(true);
        textFilter.addValueChangeListener(change -> filter());

        DownloadHandler csv = DownloadHandler.fromInputStream(download -> {
            byte[] bytes = audit.csvFor(admin, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-trail.csv", "text/csv", bytes.length);
        });
        Anchor download = new Anchor(csv, getTranslation("access.admin.download-csv"));
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
                .filter(e -> text.isEmpty() || String.join(" ", who(e), detail(e), e.who(), e.detail(),
                        e.eventId() == null ? "" : e.eventId()).toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    /** A moment as the screen's language writes it. */
    String when(Instant at) {
        return when.format(at);
    }

    /** Who did it, in the screen's language (a user name as it is). */
    String who(AuditEntry entry) {
        return entry.whoIn(getLocale());
    }

    /** An audit entry's detail, in the screen's language. */
    String detail(AuditEntry entry) {
        return entry.detailIn(getLocale());
    }

    /** What an audit entry records, in the screen's language. */
    String actionName(AuditAction action) {
        return Texts.label(getLocale(), action);
    }

    private String roleName(Role role) {
        return Texts.label(getLocale(), role);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.admin.page-title");
    }
}
