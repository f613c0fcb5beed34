package nl.waakvlam.client;

import jakarta.persistence.criteria.Predicate;
import nl.waakvlam.coach.AbsenceDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides which clients a user may see and how much. Every query in this
 * module that lists, searches or loads clients starts from {@link #visibleTo(CurrentUser)}.
 *
 * <ul>
 *   <li>Coach: clients they are primary coach of; during a colleague's absence also that
 *   colleague's clients they cover — the client's designated cover coach if there is one,
 *   otherwise the cover named on the absence.</li>
 *   <li>Referrer: the clients they referred (limited view).</li>
 *   <li>Project leader: every client's metadata.</li>
 *   <li>Back office: every client's name, phase and coaches in its directory, never a file.</li>
 *   <li>Administrator: no client at all.</li>
 *   <li>A client's own account: none through the staff pages; its own file on the /mijn pages
 *   ({@link #ownClient}), while the account is open and the file not anonymised.</li>
 * </ul>
 * An anonymised client (retention, approved erasure) is outside everyone's reach.
 */
@Component
class ClientVisibility {

    private final CoachService coaches;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    ClientVisibility(CoachService coaches, Clock clock, JdbcTemplate jdbc) {
        this.coaches = coaches;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The one client a client's own account may see: its own file, while the account is open, the
     * client not ended and not anonymised. Empty for everyone else.
     */
    Optional<Long> ownClient(CurrentUser user) {
        if (!user.is(Role.CLIENT)) {
            return Optional.empty();
        }
        return jdbc.query("select a.client_id from client_account a join client c on c.id = a.client_id "
                        + "where a.user_id = ? and a.closed_at is null and c.anonymised_at is null "
                        + "and c.phase <> 'ENDED'", (rs, n) -> rs.getLong(1), user.id())
                .stream().findFirst();
    }

    /** A snapshot of the rules for one user and today, used for one request. */
    Scope scopeOf(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<Long> absentCoaches = new ArrayList<>();
        List<Long> absentCoachesCoveredByUser = new ArrayList<>();
        if (user.is(Role.COACH)) {
            for (AbsenceDetails absence : coaches.absentOn(today)) {
                absentCoaches.add(absence.coachId());
                if (user.id().equals(absence.coverCoachId())) {
                    absentCoachesCoveredByUser.add(absence.coachId());
                }
            }
        }
        return new Scope(user, absentCoaches, absentCoachesCoveredByUser);
    }

    Specification<Client> visibleTo(CurrentUser user) {
        return scopeOf(user).specification();
    }

    record Scope(CurrentUser user, List<Long> absentCoaches, List<Long> absentCoachesCoveredByUser) {

        /** Never an anonymised client, whoever asks: only aggregate figures still count it. */
        Specification<Client> specification() {
            Specification<Client> notAnonymised = (root, query, cb) -> cb.isNull(root.get("anonymisedAt"));
            return notAnonymised.and(byRole());
        }

        private Specification<Client> byRole() {
            return (root, query, cb) -> switch (user.role()) {
                // the back office's directory lists every client by name; it opens no file (accessTo)
                case PROJECT_LEADER, BACKOFFICE -> cb.conjunction();
                // a client's own account reads its file only through the /mijn pages (ClientPortal);
                // the steering group reads aggregated figures only, never a client
                case ADMIN, CLIENT, MONITOR -> cb.disjunction();
                case REFERRER -> cb.equal(root.get("referrerId"), user.id());
                case COACH -> {
                    List<Predicate> any = new ArrayList<>();
                    any.add(cb.equal(root.get("coachId"), user.id()));
                    if (!absentCoaches.isEmpty()) {
                        any.add(cb.and(root.get("coachId").in(absentCoaches),
                                cb.equal(root.get("coverCoachId"), user.id())));
                    }
                    if (!absentCoachesCoveredByUser.isEmpty()) {
                        any.add(cb.and(root.get("coachId").in(absentCoachesCoveredByUser),
                                cb.isNull(root.get("coverCoachId"))));
                    }
                    yield cb.or(any.toArray(Predicate[]::new));
                }
            };
        }

        /** The access level for a client already known to be inside {@link #specification()}. */
        Optional<ClientAccess> accessTo(Client client) {
            return accessTo(client.getCoachId(), client.getCoverCoachId(), client.getReferrerId());
        }

        /** The same for a client read as a {@link ClientCard}. */
        Optional<ClientAccess> accessTo(ClientCard client) {
            return accessTo(client.coachId(), client.coverCoachId(), client.referrerId());
        }

        private Optional<ClientAccess> accessTo(Long coachId, Long coverCoachId, Long referrerId) {
            return switch (user.role()) {
                case PROJECT_LEADER -> Optional.of(ClientAccess.METADATA);
                case ADMIN, BACKOFFICE, CLIENT, MONITOR -> Optional.empty();
                case REFERRER -> user.id().equals(referrerId)
                        ? Optional.of(ClientAccess.REFERRER) : Optional.empty();
                case COACH -> {
                    if (user.id().equals(coachId)) {
                        yield Optional.of(ClientAccess.FULL);
                    }
                    boolean coversAsDesignated = absentCoaches.contains(coachId)
                            && user.id().equals(coverCoachId);
                    boolean coversAsAbsenceCover = absentCoachesCoveredByUser.contains(coachId)
                            && coverCoachId == null;
                    yield coversAsDesignated || coversAsAbsenceCover
                            ? Optional.of(ClientAccess.COVER) : Optional.empty();
                }
            };
        }
    }
}
