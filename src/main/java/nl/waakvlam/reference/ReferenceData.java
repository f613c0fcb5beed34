package nl.waakvlam.reference;

import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tracks, life domains, end reasons and decline reasons for every module that shows or validates
 * them. The lists change only through the administrator's settings page ({@link ReferenceLists}),
 * so they are read once and kept: a client file shows life domains in four sections and a caseload
 * page labels every row with its track, and neither should query them again. Every change calls
 * {@link #refresh()}, and the next request reads the lists anew.
 */
@Service
public class ReferenceData {

    private final TrackRepository tracks;
    private final LifeDomainRepository domains;
    private final EndReasonRepository endReasons;
    private final DeclineReasonRepository declineReasons;

    private final KeptValue<Lists> lists;

    ReferenceData(TrackRepository tracks, LifeDomainRepository domains, EndReasonRepository endReasons,
                  DeclineReasonRepository declineReasons, DataVersions versions) {
        this.tracks = tracks;
        this.domains = domains;
        this.endReasons = endReasons;
        this.declineReasons = declineReasons;
        this.lists = versions.keep("reference", this::load);
    }

    /** Every track, active or not, by id: old clients keep the label of a retired track. */
    public Map<Long, TrackSummary> tracksById() {
        return lists.get().tracksById();
    }

    /** The tracks a new referral or a filter may choose, in their configured order. */
    public List<TrackSummary> activeTracks() {
        return lists.get().activeTracks();
    }

    public Optional<TrackSummary> track(Long id) {
        return Optional.ofNullable(id == null ? null : lists.get().tracksById().get(id));
    }

    public Optional<TrackSummary> trackByCode(String code) {
        return lists.get().tracksById().values().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The active life domains in their configured order. */
    public List<LifeDomainView> lifeDomains() {
        return lists.get().activeDomains();
    }

    /**
     * The life domains a form for an existing record offers: the active ones plus any retired one the
     * record already names, so that correcting an old contact does not silently drop its domain.
     */
    public List<LifeDomainView> lifeDomainsWith(Collection<Long> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return lifeDomains();
        }
        Set<Long> keep = Set.copyOf(chosen.stream().filter(Objects::nonNull).toList());
        return lists.get().allDomains().stream()
                .filter(d -> d.active() || keep.contains(d.view().id()))
                .map(DomainEntry::view).toList();
    }

    /** Every life domain, active or not, by id: history keeps the label of a retired domain. */
    public Map<Long, LifeDomainView> lifeDomainsById() {
        return lists.get().domainsById();
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
        return id != null && lists.get().domainsById().containsKey(id);
    }

    /** Life domain ids by code, for imports. */
    public Map<String, Long> lifeDomainIdsByCode() {
        return lists.get().domainsById().values().stream()
                .collect(Collectors.toMap(LifeDomainView::code, LifeDomainView::id));
    }

    /** The end reasons the end-of-coaching form offers, in their configured order. */
    public List<ReasonView> endReasons() {
        return lists.get().activeEndReasons();
    }

    /** An end reason by the code a client stores, active or not (an ended client keeps its reason). */
    public Optional<ReasonView> endReason(String code) {
        return Optional.ofNullable(code == null ? null : lists.get().endReasonsByCode().get(code));
    }

    /** Whether a code names an end reason that may still be chosen. */
    public boolean isActiveEndReason(String code) {
        return endReason(code).map(ReasonView::active).orElse(false);
    }

    /** The decline reasons the intake decision offers, in their configured order. */
    public List<ReasonView> declineReasons() {
        return lists.get().activeDeclineReasons();
    }

    /** A decline reason by the code a referral stores, active or not. */
    public Optional<ReasonView> declineReason(String code) {
        return Optional.ofNullable(code == null ? null : lists.get().declineReasonsByCode().get(code));
    }

    /** Whether a code names a decline reason that may still be chosen. */
    public boolean isActiveDeclineReason(String code) {
        return declineReason(code).map(ReasonView::active).orElse(false);
    }

    /**
     * Forgets the kept lists, so that the next request reads them anew; inside a transaction once more
     * when it has ended (see {@link KeptValue}). This is the one place a change to a list makes itself
     * seen, on this application instance and, from their next request, on every other one.
     */
    @Transactional
    public void refresh() {
        lists.forget();
    }

    private Lists load() {
        List<Track> allTracks = tracks.findAllByOrderBySortOrderAscIdAsc();
        List<LifeDomain> allDomains = domains.findAllByOrderBySortOrderAscIdAsc();
        List<EndReason> allEndReasons = endReasons.findAllByOrderBySortOrderAscIdAsc();
        List<DeclineReason> allDeclineReasons = declineReasons.findAllByOrderBySortOrderAscIdAsc();
        List<DomainEntry> domainEntries = allDomains.stream()
                .map(d -> new DomainEntry(LifeDomainView.of(d), d.isActive())).toList();
        return new Lists(
                allTracks.stream().map(TrackSummary::of)
                        .collect(Collectors.toUnmodifiableMap(TrackSummary::id, Function.identity())),
                allTracks.stream().filter(Track::isActive).map(TrackSummary::of).toList(),
                domainEntries,
                domainEntries.stream().map(DomainEntry::view)
                        .collect(Collectors.toUnmodifiableMap(LifeDomainView::id, Function.identity())),
                domainEntries.stream().filter(DomainEntry::active).map(DomainEntry::view).toList(),
                byCode(allEndReasons), allEndReasons.stream().filter(ListItem::isActive).map(ReasonView::of).toList(),
                byCode(allDeclineReasons),
                allDeclineReasons.stream().filter(ListItem::isActive).map(ReasonView::of).toList());
    }

    private static Map<String, ReasonView> byCode(List<? extends ListItem> items) {
        return items.stream().map(ReasonView::of)
                .collect(Collectors.toUnmodifiableMap(ReasonView::code, Function.identity()));
    }

    private record DomainEntry(LifeDomainView view, boolean active) {
    }

    private record Lists(Map<Long, TrackSummary> tracksById, List<TrackSummary> activeTracks,
                         List<DomainEntry> allDomains, Map<Long, LifeDomainView> domainsById,
                         List<LifeDomainView> activeDomains,
                         Map<String, ReasonView> endReasonsByCode, List<ReasonView> activeEndReasons,
                         Map<String, ReasonView> declineReasonsByCode, List<ReasonView> activeDeclineReasons) {
    }
}
