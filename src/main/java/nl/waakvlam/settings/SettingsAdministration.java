package nl.waakvlam.settings;

import nl.waakvlam.reference.ReferenceChange;
import nl.waakvlam.reference.ReferenceList;
import nl.waakvlam.reference.ReferenceLists;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The administrator's changes on the settings page, each in one transaction with its record: every
 * changed field goes to the change log with its old and new value, and the action to the audit trail
 * (who, what, which item). A change nobody can see (a name saved unchanged) is not recorded.
 */
@Service
@Transactional
class SettingsAdministration {

    static final String PROGRAMME = "programme_setting";

    private final ReferenceLists lists;
    private final ProgrammeSettings settings;
    private final ProgrammeSettingRepository programme;
    private final SettingChangeRepository changes;
    private final AuditLog auditLog;
    private final Clock clock;

    SettingsAdministration(ReferenceLists lists, ProgrammeSettings settings, ProgrammeSettingRepository programme,
                           SettingChangeRepository changes, AuditLog auditLog, Clock clock) {
        this.lists = lists;
        this.settings = settings;
        this.programme = programme;
        this.changes = changes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    ReferenceChange addItem(CurrentUser admin, ReferenceList list, String nameNl, String nameEn, boolean youth) {
        return recorded(admin, lists.add(list, nameNl, nameEn, youth));
    }

    ReferenceChange renameItem(CurrentUser admin, ReferenceList list, Long id, long version, String nameNl,
                               String nameEn) {
        return recorded(admin, lists.rename(list, id, version, nameNl, nameEn));
    }

    ReferenceChange moveItem(CurrentUser admin, ReferenceList list, Long id, long version, boolean up) {
        return recorded(admin, lists.move(list, id, version, up));
    }

    ReferenceChange setItemActive(CurrentUser admin, ReferenceList list, Long id, long version, boolean active) {
        return recorded(admin, lists.setActive(list, id, version, active));
    }

    /** The version the programme settings form is based on. */
    @Transactional(readOnly = true)
    long programmeVersion() {
        return row().getVersion();
    }

    /**
     * Saves the programme settings. A value equal to its configured default is stored as "default"
     * (null), so that it follows the configuration again. Returns the number of settings that changed.
     */
    int updateProgramme(CurrentUser admin, long seenVersion, ProgrammeCommand command) {
        ProgrammeSetting row = row();
        if (row.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgrammeSetting.class, ProgrammeSetting.THE_ROW);
        }
        ProgrammeSettings.Values defaults = settings.defaults();
        ProgrammeSettings.Values before = settings.effective(row.overrides());
        String name = command.programmeName().strip();
        String phone = command.centralPhone() == null ? "" : command.centralPhone().strip();
        String defaultPhone = defaults.centralPhone() == null ? "" : defaults.centralPhone();
        ProgrammeOverrides overrides = new ProgrammeOverrides(
                name.equals(defaults.programmeName()) ? null : name,
                phone.equals(defaultPhone) ? null : phone,
                overridden(command.rhythmDays(), defaults.rhythmDays()),
                overridden(command.weights(), defaults.weights()));
        ProgrammeSettings.Values after = settings.effective(overrides);

        List<ReferenceChange.Field> fields = new ArrayList<>();
        compare(fields, "programme_name", before.programmeName(), after.programmeName());
        compare(fields, "central_phone", before.centralPhone(), after.centralPhone());
        for (CoachedPhase phase : CoachedPhase.values()) {
            compare(fields, phase.column("rhythm_days"), before.rhythmDays(phase), after.rhythmDays(phase));
        }
        for (CoachedPhase phase : CoachedPhase.values()) {
            compare(fields, phase.column("weight"), before.weight(phase), after.weight(phase));
        }
        if (fields.isEmpty()) {
            return 0;
        }
        row.override(overrides, admin.id(), clock.instant());
        programme.flush();
        settings.refresh();
        record(admin, PROGRAMME, (long) ProgrammeSetting.THE_ROW, false, fields);
        return fields.size();
    }

    /**
     * Whether coaches and referrers must use a second factor; a choice equal to the configured
     * default is stored as "default". Returns whether it changed.
     */
    boolean requireSecondFactor(CurrentUser admin, long seenVersion, boolean required) {
        ProgrammeSetting row = row();
        if (row.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgrammeSetting.class, ProgrammeSetting.THE_ROW);
        }
        boolean before = settings.secondFactorForCoachesAndReferrers();
        if (before == required) {
            return false;
        }
        row.requireSecondFactor(required == settings.secondFactorDefault() ? null : required, admin.id(),
                clock.instant());
        programme.flush();
        settings.refresh();
        List<ReferenceChange.Field> fields = new ArrayList<>();
        compare(fields, "second_factor_coaches_referrers", before, required);
        record(admin, PROGRAMME, (long) ProgrammeSetting.THE_ROW, false, fields);
        return true;
    }

    /** The latest changes, newest first. */
    @Transactional(readOnly = true)
    List<SettingChange.Row> latestChanges(int count) {
        return changes.latest(PageRequest.of(0, count)).stream().map(SettingChange::row).toList();
    }

    private ProgrammeSetting row() {
        return programme.findById(ProgrammeSetting.THE_ROW)
                .orElseThrow(() -> new IllegalStateException("programme_setting has no row"));
    }

    private static Map<CoachedPhase, Integer> overridden(Map<CoachedPhase, Integer> values,
                                                         Map<CoachedPhase, Integer> defaults) {
        Map<CoachedPhase, Integer> overrides = new EnumMap<>(CoachedPhase.class);
        values.forEach((phase, value) -> {
            if (value != null && !value.equals(defaults.get(phase))) {
                overrides.put(phase, value);
            }
        });
        return overrides;
    }

    private static void compare(List<ReferenceChange.Field> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new ReferenceChange.Field(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private ReferenceChange recorded(CurrentUser admin, ReferenceChange change) {
        record(admin, change.list().entity(), change.itemId(), change.created(), change.fields());
        return change;
    }

    private void record(CurrentUser admin, String entity, Long id, boolean created,
                        List<ReferenceChange.Field> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (ReferenceChange.Field field : fields) {
            changes.save(new SettingChange(now, admin.id(), admin.getUsername(), entity, id, field.field(),
                    field.oldValue(), field.newValue()));
        }
        auditLog.record(created ? AuditAction.CREATE : AuditAction.UPDATE, null, entity, id, AuditOutcome.ALLOWED);
    }
}
