package nl.waakvlam.measurement;

import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The deployment's measurement settings: the administrator switches instruments on or off (the
 * ZRM is licensed and off until switched on); the project leader defines monitoring rounds.
 * Each change refreshes the {@link InstrumentCatalogue} in its own transaction, so that every application
 * instance reads the catalogue again once the change has committed (and none does after a rollback).
 */
@Service
@Transactional
public class MeasurementSettings {

    private final InstrumentRepository instruments;
    private final MonitoringRoundRepository rounds;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    MeasurementSettings(InstrumentRepository instruments, MonitoringRoundRepository rounds, AuditLog auditLog,
                        JdbcTemplate jdbc, InstrumentCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.instruments = instruments;
        this.rounds = rounds;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void switchInstrument(Long instrumentId, boolean on, long seenVersion) {
        Instrument instrument = instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("instrument"));
        instrument.switchTo(on, seenVersion, clock.instant());
        auditLog.record(AuditAction.UPDATE, null, "instrument", instrumentId, AuditOutcome.ALLOWED);
        catalogue.refresh();
    }

    public Long addRound(CurrentUser leader, RoundForm form) {
        if (form.getClosesOn().isBefore(form.getOpensOn())) {
            throw new MeasurementException("closesOn", "round.closesOn.beforeOpens");
        }
        if (rounds.existsByNameIgnoreCase(form.getName().strip())) {
            throw new MeasurementException("name", "round.name.taken");
        }
        Long id = rounds.save(new MonitoringRound(form.getName().strip(), form.getOpensOn(), form.getClosesOn(),
                leader.id(), clock.instant())).getId();
        auditLog.record(AuditAction.CREATE, null, "monitoring_round", id, AuditOutcome.ALLOWED);
        catalogue.refresh();
        return id;
    }

    /** Per round: clients measured in it, and clients coached during its window (the ones to measure). */
    @Transactional(readOnly = true)
    public Map<Long, long[]> roundProgress() {
        Map<Long, long[]> progress = new HashMap<>();
        jdbc.query("select r.id, (select count(distinct m.client_id) from measurement m where m.round_id = r.id), "
                + "(select count(*) from v_client_programme c where c.started_on is not null and c.started_on <= r.closes_on "
                + "and (c.ended_on is null or c.ended_on >= r.opens_on) "
                // a client measured in the round was in it, whatever the recorded start date says
                + "or exists (select 1 from measurement m where m.round_id = r.id and m.client_id = c.id)) "
                + "from monitoring_round r", rs -> {
                    progress.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return progress;
    }

    /** Demo data and imports: a round without a user session. */
    public void importRound(String name, LocalDate opensOn, LocalDate closesOn, Long createdBy) {
        rounds.saveAndFlush(new MonitoringRound(name, opensOn, closesOn, createdBy, clock.instant()));
        catalogue.refresh();
    }

    /** Demo data and imports: switch an instrument by code. */
    public void importSwitch(String code, boolean on) {
        jdbc.update("update instrument set enabled = ?, updated_at = now(), version = version + 1 where code = ?", on, code);
        catalogue.refresh();
    }
}
