package nl.waakvlam.reference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tracks and life domains for every module that shows or validates them. The lists change only
 * through a migration (or, later, the administrator's reference pages, which call {@link #refresh}),
 * so they are read once and kept: a client file shows life domains in four sections and a caseload
 * page labels every row with its track, and neither should query them again.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final TrackRepository tracks;
    private final LifeDomainRepository domains;

    private volatile Lists lists;

    ReferenceData(TrackRepository tracks, LifeDomainRepository domains) {
        this.tracks = tracks;
        this.domains = domains;
    }

    /** Every track, active or not, by id: old clients keep the label of a retired track. */
    public Map<Long, TrackSummary> tracksById() {
        return lists().tracksById();
    }

    /** The tracks a new referral or a filter may choose. */
    public List<TrackSummary> activeTracks() {
        return lists().activeTracks();
    }

    public Optional<TrackSummary> track(Long id) {
        return Optional.ofNullable(id == null ? null : lists().tracksById().get(id));
    }

    public Optional<TrackSummary> trackByCode(String code) {
        return lists().tracksById().values().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The active life domains in their configured order. */
    public List<LifeDomainView> lifeDomains() {
        return lists().activeDomains();
    }

    /** Every life domain, active or not, by id: history keeps the label of a retired domain. */
    public Map<Long, LifeDomainView> lifeDomainsById() {
        return lists().domainsById();
    }

    /**
     * Whether every id names a life domain that exists (a retired one included, so that correcting an
     * old record keeps its domains). An empty or null selection is valid.
     */
    public boolean areKnownLifeDomains(Collection<Long> ids) {
        return ids == null || ids.stream().allMatch(this::isKnownLifeDomainId);
    }

    /** Whether an optional life domain id (null allowed) names a life domain that exists. */
    public boolean isKnownLifeDomain(Long id) {
        return id == null || isKnownLifeDomainId(id);
    }

    private boolean isKnownLifeDomainId(Long id) {
        return id != null && lists().domainsById().containsKey(id);
    }

    /** Life domain ids by code, for imports. */
    public Map<String, Long> lifeDomainIdsByCode() {
        return lists().domainsById().values().stream()
                .collect(Collectors.toMap(LifeDomainView::code, LifeDomainView::id));
    }

    /** Forgets the kept lists, so the next read sees a change. */
    public void refresh() {
        lists = null;
    }

    private Lists lists() {
        Lists cached = lists;
        if (cached == null) {
            List<Track> allTracks = tracks.findAll();
            List<LifeDomain> allDomains = domains.findAllByOrderBySortOrder();
            cached = new Lists(
                    allTracks.stream().map(TrackSummary::of)
                            .collect(Collectors.toUnmodifiableMap(TrackSummary::id, Function.identity())),
                    allTracks.stream().filter(Track::isActive).sorted(Comparator.comparing(Track::getId))
                            .map(TrackSummary::of).toList(),
                    allDomains.stream().map(LifeDomainView::of)
                            .collect(Collectors.toUnmodifiableMap(LifeDomainView::id, Function.identity())),
                    allDomains.stream().filter(LifeDomain::isActive).map(LifeDomainView::of).toList());
            lists = cached;
        }
        return cached;
    }

    private record Lists(Map<Long, TrackSummary> tracksById, List<TrackSummary> activeTracks,
                         Map<Long, LifeDomainView> domainsById, List<LifeDomainView> activeDomains) {
    }
}
