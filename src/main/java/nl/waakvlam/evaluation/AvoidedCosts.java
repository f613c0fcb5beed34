package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.Bilingual;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Avoided costs as cases. The coach records, on an escalation they judged prevented, what it
 * avoided (a kind from the administrator's list, with its reference amount as the proposal); the
 * project leader confirms the amount, adjusts it or rejects the case. Only confirmed amounts count in
 * the report, as estimates without a control group.
 */
@Service
@Transactional
class AvoidedCosts {

    static final int MAX_AMOUNT = 10_000_000;
    static final int NOTE_MAX = 1000;

    private final AvoidedCostRepository cases;
    private final AvoidedCostKindRepository kinds;
    private final ClientGate gate;
    private final ClientService clients;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AvoidedCosts(AvoidedCostRepository cases, AvoidedCostKindRepository kinds, ClientGate gate, ClientService clients,
                 NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.kinds = kinds;
        this.gate = gate;
        this.clients = clients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A kind as chosen from and as the administrator edits it. */
    record KindView(Long id, String nameNl, String nameEn, int referenceAmount, String source, boolean active,
                    long version) {

        String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }

        public String label(Locale locale) {
            return name(locale) + " · € " + String.format(Locale.forLanguageTag("nl"), "%,d", referenceAmount);
        }
    }

    @Transactional(readOnly = true)
    List<KindView> kinds() {
        return kinds.findAllByOrderBySortOrderAscIdAsc().stream().map(k -> new KindView(k.getId(), k.getNameNl(),
                k.getNameEn(), k.getReferenceAmount(), k.getSource(), k.isActive(), k.getVersion())).toList();
    }

    /** The prevented escalation a case is recorded on. */
    record PreventedEvent(Long id, LocalDate occurredOn) {
    }

    /** The client's header and the prevented escalation, for the coach's form; 404 for anything else. */
    ClientHeader clientForCase(CurrentUser coach, Long clientId) {
        return gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.VIEW, "avoided_cost", null);
    }

    @Transactional(readOnly = true)
    PreventedEvent preventedEvent(Long clientId, Long eventId) {
        if (eventId == null) {
            throw new NotFoundException("event");
        }
        return jdbc.query("select id, occurred_on from v_client_event where id = :event and client_id = :client "
                        + "and type = 'ESCALATION_PREVENTED'",
                new MapSqlParameterSource("event", eventId).addValue("client", clientId),
                (rs, i) -> new PreventedEvent(rs.getLong(1), rs.getObject(2, LocalDate.class))).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("event"));
    }

    /** What was recorded on a prevented escalation already: the kind, the amount that counts, the status. */
    record Recorded(String kindNl, String kindEn, int amount, String status) {

        public String kind(Locale locale) {
            return Bilingual.pick(locale, kindNl, kindEn);
        }
    }

    @Transactional(readOnly = true)
    Recorded recorded(Long eventId) {
        return jdbc.query("select k.name_nl, k.name_en, coalesce(c.confirmed_amount, c.proposed_amount), c.status "
                        + "from avoided_cost c join avoided_cost_kind k on k.id = c.kind_id where c.event_id = :event",
                new MapSqlParameterSource("event", eventId), (rs, i) -> new Recorded(rs.getString(1), rs.getString(2),
                        rs.getInt(3), rs.getString(4))).stream().findFirst().orElse(null);
    }

    /** The coach records what the prevented escalation avoided; the amount defaults to the kind's reference. */
    Long propose(CurrentUser coach, Long clientId, Long eventId, Long kindId, Integer amount, String note) {
        gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.UPDATE, "avoided_cost", null);
        PreventedEvent event = preventedEvent(clientId, eventId);
        if (cases.existsByEventId(event.id())) {
            throw new EvaluationException(null, "avoidedCost.alreadyRecorded");
        }
        AvoidedCostKind kind = kindId == null ? null : kinds.findById(kindId).filter(AvoidedCostKind::isActive)
                .orElse(null);
        if (kind == null) {
            throw new EvaluationException("kindId", "avoidedCost.kindRequired");
        }
        int proposed = amount == null ? kind.getReferenceAmount() : amount;
        if (proposed < 0 || proposed > MAX_AMOUNT) {
            throw new EvaluationException("amount", "avoidedCost.amountRange");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new EvaluationException("note", "avoidedCost.noteTooLong");
        }
        return cases.save(new AvoidedCost(clientId, event.id(), kind.getId(), text, proposed, coach.id(),
                clock.instant())).getId();
    }

    /** A case as the project leader decides it. */
    record CaseRow(Long id, Long clientId, String client, LocalDate occurredOn, String kindNl, String kindEn,
                   String source, String note, int proposedAmount, Integer confirmedAmount, String status,
                   long version) {

        public String kind(Locale locale) {
            return Bilingual.pick(locale, kindNl, kindEn);
        }

        public boolean open() {
            return "PROPOSED".equals(status);
        }
    }

    /** Every case, open ones first, with the client's name as the project leader sees it. */
    @Transactional(readOnly = true)
    List<CaseRow> all(CurrentUser leader) {
        List<Object[]> rows = jdbc.query("select c.id, c.client_id, e.occurred_on, k.name_nl, k.name_en, k.source, c.note, "
                        + "c.proposed_amount, c.confirmed_amount, c.status, c.version from avoided_cost c "
                        + "join avoided_cost_kind k on k.id = c.kind_id join v_client_event e on e.id = c.event_id "
                        + "order by c.status <> 'PROPOSED', c.proposed_at desc, c.id desc limit 200",
                new MapSqlParameterSource(), (rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8), (Integer) rs.getObject(9), rs.getString(10), rs.getLong(11)});
        Map<Long, String> names = clients.visibleNames(leader, rows.stream().map(r -> (Long) r[1]).distinct().toList());
        return rows.stream().filter(r -> names.containsKey((Long) r[1])).map(r -> new CaseRow((Long) r[0], (Long) r[1],
                names.get((Long) r[1]), (LocalDate) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (Integer) r[7], (Integer) r[8], (String) r[9], (Long) r[10])).toList();
    }

    /** The project leader confirms (with the amount, adjusted or not) or rejects a case. */
    void decide(CurrentUser leader, Long caseId, long version, boolean confirm, Integer amount) {
        AvoidedCost c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case"));
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AvoidedCost.class, caseId);
        }
        if (confirm) {
            if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
                throw new EvaluationException("amount", "avoidedCost.amountRange");
            }
            c.confirm(amount, leader.id(), clock.instant());
        } else {
            c.reject(leader.id(), clock.instant());
        }
    }

    /** The administrator changes a kind (its reference amount applies to cases proposed from now on). */
    void saveKind(Long id, long version, String nameNl, String nameEn, Integer amount, String source, boolean active) {
        AvoidedCostKind kind;
        if (id == null) {
            kind = new AvoidedCostKind(kinds.findAll().stream().mapToInt(AvoidedCostKind::getSortOrder).max().orElse(0) + 10);
        } else {
            kind = kinds.findById(id).orElseThrow(() -> new NotFoundException("kind"));
            if (kind.getVersion() != version) {
                throw new ObjectOptimisticLockingFailureException(AvoidedCostKind.class, id);
            }
        }
        if (nameNl == null || nameNl.isBlank() || nameNl.strip().length() > 120) {
            throw new EvaluationException("nameNl", "avoidedCostKind.nameRequired");
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 120) {
            throw new EvaluationException("nameEn", "avoidedCostKind.nameRequired");
        }
        if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
            throw new EvaluationException("referenceAmount", "avoidedCost.amountRange");
        }
        if (source == null || source.isBlank() || source.strip().length() > 300) {
            throw new EvaluationException("source", "avoidedCostKind.sourceRequired");
        }
        kind.set(nameNl.strip(), nameEn.strip(), amount, source.strip(), active);
        kinds.save(kind);
    }
}
