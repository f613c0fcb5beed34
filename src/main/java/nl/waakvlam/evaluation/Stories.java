package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.sharing.RecipientType;
import nl.waakvlam.sharing.SharingService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Experience stories: a coach proposes an anonymised story with the client's consent recorded; the
 * project leader selects which go into the monitor report. A story that names the client or someone
 * of their network (a representative in the consents, a guardian on Mijn Waakvlam) cannot be
 * proposed or selected.
 */
@Service
@Transactional
class Stories {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 4000;
    /** Name parts that are words of their own in Dutch texts ("van", "de"): never a match on their own. */
    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la",
            "le", "du", "da", "di", "el", "al", "bin", "von", "zu", "t");

    private final StoryRepository stories;
    private final ClientGate gate;
    private final ClientService clients;
    private final ClientAccounts accounts;
    private final SharingService sharing;
    private final Clock clock;

    Stories(StoryRepository stories, ClientGate gate, ClientService clients, ClientAccounts accounts,
            SharingService sharing, Clock clock) {
        this.stories = stories;
        this.gate = gate;
        this.clients = clients;
        this.accounts = accounts;
        this.sharing = sharing;
        this.clock = clock;
    }

    ClientHeader clientForStory(CurrentUser coach, Long clientId) {
        return gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.VIEW, "story", null);
    }

    Long propose(CurrentUser coach, Long clientId, String title, String body, LocalDate consentOn, boolean consent) {
        gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.UPDATE, "story", null);
        if (title == null || title.isBlank()) {
            throw new EvaluationException("title", "story.titleRequired");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw new EvaluationException("title", "story.titleTooLong");
        }
        if (body == null || body.isBlank()) {
            throw new EvaluationException("body", "story.bodyRequired");
        }
        if (body.strip().length() > BODY_MAX) {
            throw new EvaluationException("body", "story.bodyTooLong");
        }
        if (!consent) {
            throw new EvaluationException("consent", "story.consentRequired");
        }
        if (consentOn == null || consentOn.isAfter(LocalDate.now(clock))) {
            throw new EvaluationException("consentOn", "story.consentOnRequired");
        }
        Optional<String> name = nameIn(clientId, title + "\n" + body);
        if (name.isPresent()) {
            throw new EvaluationException("body", "story.containsName", name.get());
        }
        return stories.save(new Story(clientId, title.strip(), body.strip(), consentOn, coach.id(), clock.instant()))
                .getId();
    }

    /** A story as the project leader reads it. */
    record StoryRow(Long id, Long clientId, String client, String title, String body, LocalDate consentOn,
                    String status, Instant proposedAt, String nameFound, long version) {

        public boolean selectable() {
            return nameFound == null && !"SELECTED".equals(status);
        }
    }

    @Transactional(readOnly = true)
    List<StoryRow> all(CurrentUser leader) {
        List<Story> all = stories.findAll();
        Map<Long, String> names = clients.visibleNames(leader, all.stream().map(Story::getClientId).distinct().toList());
        List<StoryRow> rows = new ArrayList<>();
        for (Story s : all) {
            if (names.containsKey(s.getClientId())) {
                rows.add(row(s, names.get(s.getClientId())));
            }
        }
        rows.sort(Comparator.comparing((StoryRow r) -> !"PROPOSED".equals(r.status()))
                .thenComparing(StoryRow::proposedAt, Comparator.reverseOrder()));
        return rows;
    }

    private StoryRow row(Story s, String client) {
        return new StoryRow(s.getId(), s.getClientId(), client, s.getTitle(), s.getBody(), s.consentOn(),
                s.status().name(), s.proposedAt(), nameIn(s.getClientId(), s.getTitle() + "\n" + s.getBody()).orElse(null),
                s.getVersion());
    }

    /** The project leader selects a story for the report (refused while it names someone) or declines it. */
    void decide(CurrentUser leader, Long storyId, long version, boolean select) {
        Story s = stories.findById(storyId).orElseThrow(() -> new NotFoundException("story"));
        if (clients.visibleNames(leader, List.of(s.getClientId())).isEmpty()) {
            throw new NotFoundException("story");
        }
        if (s.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Story.class, storyId);
        }
        if (select) {
            Optional<String> name = nameIn(s.getClientId(), s.getTitle() + "\n" + s.getBody());
            if (name.isPresent()) {
                throw new EvaluationException(null, "story.containsName", name.get());
            }
        }
        s.decide(select ? Story.Status.SELECTED : Story.Status.DECLINED, leader.id(), clock.instant());
    }

    /**
     * The first name of the client or their network that the text contains as a word, ignoring case
     * and accents; the names are the client's own, their representatives' in the consents and their
     * guardians' on Mijn Waakvlam.
     */
    Optional<String> nameIn(Long clientId, String text) {
        List<String> names = new ArrayList<>(clients.namesOf(clientId));
        sharing.consentsForClientThemselves(clientId).stream()
                .filter(c -> c.recipientType() == RecipientType.REPRESENTATIVE).forEach(c -> names.add(c.recipient()));
        accounts.guardians(clientId).forEach(g -> names.add(g.name()));
        String plain = plain(text);
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.split("[\\s\\-]+")) {
                String p = plain(part).replaceAll("[^\\p{L}']", "");
                if (p.length() < 2 || PARTICLES.contains(p) || p.equals("-")) {
                    continue;
                }
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p) + "(?![\\p{L}])").matcher(plain).find()) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
