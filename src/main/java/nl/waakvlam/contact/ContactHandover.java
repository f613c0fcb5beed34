package nl.waakvlam.contact;

import nl.waakvlam.client.AccessForNeed;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.HandoverPart;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contacts in a handover summary: the last ones (with what was shared), the follow-ups still
 * open, and the private notes their author marked "voor de overdracht". Private notes follow the
 * timeline's rule: the client's coaches read them, the project leader only during an access for
 * need; an unmarked private note is never in the summary.
 */
@Component
class ContactHandover implements HandoverPart {

    static final int RECENT = 5;

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final AccessForNeed accessForNeed;

    ContactHandover(JdbcTemplate jdbc, AccountService accounts, AccessForNeed accessForNeed) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.accessForNeed = accessForNeed;
    }

    /** A recent contact: when, how, with what result, and the note shared with the referrer if any. */
    public record Recent(Instant at, ContactType type, ContactOutcome outcome, String sharedNote, String by) {
    }

    /** A follow-up agreed in a contact and not done yet. */
    public record FollowUp(Instant at, String action, LocalDate due) {
    }

    /** A private note marked for the handover. */
    public record MarkedNote(Instant at, String note, String by) {
    }

    /** {@code hiddenNotes}: marked notes this viewer may not read (the project leader without an access for need). */
    public record Summary(List<Recent> recent, List<FollowUp> followUps, List<MarkedNote> notes, int hiddenNotes,
                          boolean coach) {
    }

    @Override
    public String fragment() {
        return "contact/timeline :: handover";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Object data(FileView file) {
        ClientAccess access = file.access();
        if (access == ClientAccess.REFERRER) {
            return null;
        }
        boolean coach = ContactService.COACHES.contains(access);
        boolean privateNotes = coach || access == ClientAccess.METADATA && accessForNeed.holds(file);
        record Row(Instant at, Long coachId, ContactType type, ContactOutcome outcome, String sharedNote) {
        }
        List<Row> recent = jdbc.query("""
                        select occurred_at, coach_id, type, outcome, shared_note from contact_moment
                        where client_id = ? and deleted_at is null order by occurred_at desc, id desc limit ?""",
                (rs, n) -> new Row(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2),
                        ContactType.valueOf(rs.getString(3)), ContactOutcome.valueOf(rs.getString(4)), rs.getString(5)),
                file.clientId(), RECENT);
        record Open(Instant at, Long coachId, String note, boolean marked, boolean followUpOpen, String action,
                    LocalDate due) {
        }
        // marked notes and open follow-ups in one statement; the partial conditions keep it to the few rows meant
        List<Open> open = jdbc.query("""
                        select occurred_at, coach_id, private_note, for_handover,
                               follow_up_action is not null and follow_up_done_at is null, follow_up_action,
                               follow_up_due
                        from contact_moment
                        where client_id = ? and deleted_at is null
                          and (for_handover or (follow_up_action is not null and follow_up_done_at is null))
                        order by occurred_at desc, id desc limit 100""",
                (rs, n) -> new Open(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2),
                        rs.getString(3), rs.getBoolean(4), rs.getBoolean(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class)),
                file.clientId());
        Set<Long> authors = new HashSet<>();
        recent.forEach(r -> authors.add(r.coachId()));
        open.forEach(o -> authors.add(o.coachId()));
        Map<Long, UserSummary> people = authors.isEmpty() ? Map.of() : accounts.byIds(authors);
        List<MarkedNote> notes = open.stream().filter(o -> o.marked() && o.note() != null && privateNotes)
                .map(o -> new MarkedNote(o.at(), o.note(), name(people, o.coachId()))).toList();
        int hidden = privateNotes ? 0 : (int) open.stream().filter(o -> o.marked() && o.note() != null).count();
        List<FollowUp> followUps = !coach ? List.of() : open.stream().filter(Open::followUpOpen)
                .map(o -> new FollowUp(o.at(), o.action(), o.due())).toList();
        return new Summary(recent.stream().map(r -> new Recent(r.at(), r.type(), r.outcome(), r.sharedNote(),
                name(people, r.coachId()))).toList(), followUps, notes, hidden, coach);
    }

    private static String name(Map<Long, UserSummary> people, Long id) {
        UserSummary user = people.get(id);
        return user == null ? "" : user.displayName();
    }
}
